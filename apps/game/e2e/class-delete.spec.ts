import { expect, GameDriver, test } from './fixtures.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinByCode } from './support/classroom.js';

test('a teacher deletes a class: a typed-code confirmation, the page forgets it, the join page says it is gone', async ({
  page: teacher,
  game,
  browser,
  problems,
}) => {
  test.setTimeout(180_000);
  // Leaving the dashboard closes its live stream; the deleted class answers 404 from then on.
  problems.allow(/ERR_ABORTED .*leaderboards\.live/);
  problems.allow(/404 .*classrooms\.(get|join|dashboard)/);
  problems.allow(/status of 404 \(Not Found\)/);

  await teacher.goto('/teach?test=1');
  await game.waitForScene('Teach');
  await teacher.getByLabel('Class title').fill('History 1A');
  await teacher.getByRole('button', { name: 'Create the class' }).click();
  const keyPanel = teacher.getByRole('region', { name: 'Your teacher key, shown only once' });
  const link = (await keyPanel.getByRole('link').textContent()) ?? '';
  const code = new URLSearchParams(new URL(link).hash.slice(1)).get('class') ?? '';
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await teacher.getByRole('button', { name: 'I have saved it' }).click();

  // A student joins, so there is someone to delete.
  const context = await browser.newContext({ locale: 'en-GB', reducedMotion: 'reduce' });
  const student = await context.newPage();
  problems.watch(student);
  await joinByCode(student, code, 'Mei');
  await new GameDriver(student).waitForScene('Play');
  await expect(teacher.getByRole('region', { name: 'Students (1)' })).toBeVisible();

  // The danger zone's button opens a modal dialog, focused on the code field.
  const zone = teacher.getByRole('region', { name: 'Danger zone' });
  const open = zone.getByRole('button', { name: 'Delete this class' });
  await open.click();
  const dialog = teacher.getByRole('dialog', { name: 'Delete “History 1A”?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('It cannot be undone.');
  const field = dialog.getByRole('textbox', { name: `Type the class code ${code} to confirm` });
  await expect(field).toBeFocused();
  await expectNoSeriousA11yViolations(teacher, 'the delete-class dialog (en)');

  // Tab stays inside the dialog.
  for (let i = 0; i < 4; i++) {
    await teacher.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }

  // Cancel deletes nothing and gives focus back to the button.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  // A wrong code is refused in the dialog; Escape closes it.
  await open.click();
  await field.fill('ABCDEF' === code ? 'ABCDEG' : 'ABCDEF');
  await dialog.getByRole('button', { name: 'Delete the class for good' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    `That is not the class code. Type ${code} to delete the class.`,
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await teacher.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(`History 1A · code ${code}`);

  // The right code, typed in lower case, deletes the class.
  await open.click();
  await field.fill(code.toLowerCase());
  await dialog.getByRole('button', { name: 'Delete the class for good' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(teacher.getByRole('status').filter({ hasText: 'is deleted' })).toHaveText(
    `The class “History 1A” (${code}) is deleted, with its students and their runs. This browser has forgotten its teacher key.`,
  );
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(
    'Run a classroom competition',
  );
  expect(await teacher.evaluate(() => localStorage.getItem('smile-curve:teach:v1'))).toBeNull();
  await expectNoSeriousA11yViolations(teacher, 'the teacher page after deleting (en)');

  // A reload stays on the new-class form: nothing of the class is kept.
  await teacher.reload();
  await game.waitForScene('Teach');
  await expect(teacher.getByRole('button', { name: 'Create the class' })).toBeVisible();

  // The student's join link now says the class does not exist.
  await student.goto(`/join/${code}?test=1`);
  await expect(student.getByRole('alert')).toHaveText(
    `No class has the code ${code}. Check it with your teacher.`,
  );
  // So does the join page for anyone else.
  const visitor = await context.newPage();
  problems.watch(visitor);
  await visitor.goto(`/join/${code}?test=1`);
  await new GameDriver(visitor).waitForScene('Join');
  await expect(visitor.getByText(`No class has the code ${code}.`)).toBeVisible();
  await context.close();
});
