import { app } from '../app/app-state.js';
import { newRunId } from '../app/ids.js';
import { leaveJoinAddress, openClassGame } from '../classroom/class-game.js';
import { joinForm } from '../classroom/join-form.js';
import {
  clearMembership,
  readMembership,
  writeMembership,
  type Membership,
} from '../classroom/membership.js';
import { domain } from '../domain-runtime.js';
import { localized, t } from '../i18n/i18n.js';
import { getClass, joinClass, type ClassProblem } from '../net/classroom.js';
import { problemText } from '../net/leaderboard.js';
import { h, screenHeading } from '../ui/dom.js';
import { ScreenScene } from './screen-scene.js';

/** Why a join failed, in words a student understands. */
function joinProblem(problem: ClassProblem, code: string): string {
  switch (problem.code) {
    case 'PRECONDITION_FAILED':
      return t('join.closed');
    case 'NOT_FOUND':
      return t('join.notFound', { code });
    case 'FORBIDDEN':
      return t('join.removed');
    default:
      return t('join.failed', { problem: problemText(problem) });
  }
}

/**
 * Joining a class: by the code on the title screen or the /join/CODE link.
 * A browser that already joined this class comes back as the same player
 * with its game in progress.
 */
export class Join extends ScreenScene {
  constructor() {
    super('Join');
  }

  protected build(data: unknown): void {
    const code = (data as { code?: string | null } | undefined)?.code ?? null;
    const member = readMembership(app().store);
    if (code !== null && member?.code === code) {
      void this.rejoin(member);
      return;
    }
    const heading = screenHeading(1, t('join.heading'));
    const info = h('p', { attrs: { 'aria-live': 'polite' } });
    const form = joinForm({
      code,
      onJoin: (input) => this.join(input.code, input.nickname),
    });
    this.mount(this.page(heading, h('p', { text: t('join.intro') }), info, form.element), heading);
    if (code === null) {
      this.ready();
      return;
    }
    void getClass(code).then((found) => {
      if (found.ok) {
        const scenario = domain().getScenario(found.value.scenarioId);
        heading.textContent = t('join.headingNamed', { title: found.value.title });
        info.textContent = t('join.classInfo', {
          title: found.value.title,
          scenario: scenario ? localized(scenario.title) : found.value.scenarioId,
          players: found.value.playerCount,
        });
        if (found.value.closed) form.showProblem(t('join.closed'));
      } else {
        form.showProblem(joinProblem(found.problem, code));
      }
      this.ready();
    });
  }

  /** Joins under a nickname; a taken one comes back with the server's suggestion. */
  private async join(
    code: string,
    nickname: string,
  ): Promise<{ ok: true } | { ok: false; message: string; suggestion: string | null }> {
    const joined = await joinClass({ code, nickname });
    if (!joined.ok) {
      const taken = joined.problem.code === 'CONFLICT';
      return {
        ok: false,
        message: taken ? t('join.taken', { nickname }) : joinProblem(joined.problem, code),
        suggestion: taken ? joined.problem.suggestion : null,
      };
    }
    const v = joined.value;
    const member: Membership = {
      code: v.code,
      playerToken: v.playerToken,
      playerId: v.playerId,
      nickname: v.nickname,
      title: v.title,
      scenarioId: v.scenarioId,
      seed: v.seed,
      visibility: v.visibility,
      board: v.board,
      runId: newRunId(),
    };
    writeMembership(app().store, member);
    this.enter(member, v.closed ? 'join.closedFinish' : 'join.joined');
    return { ok: true };
  }

  /** The same browser again: the same player, the same game. */
  private async rejoin(member: Membership): Promise<void> {
    const a = app();
    const heading = screenHeading(1, t('join.headingNamed', { title: member.title }));
    const status = h('p', {
      attrs: { role: 'status' },
      text: t('join.rejoining', { nickname: member.nickname, title: member.title }),
    });
    this.mount(this.page(heading, status), heading);
    const again = await joinClass({
      code: member.code,
      nickname: member.nickname,
      playerToken: member.playerToken,
    });
    if (again.ok) {
      this.enter(member, again.value.closed ? 'join.closedFinish' : null);
      return;
    }
    if (again.problem.kind === 'unreachable') {
      this.enter(member, 'join.offline');
      return;
    }
    clearMembership(a.store);
    status.setAttribute('role', 'alert');
    status.textContent = joinProblem(again.problem, member.code);
    this.ready();
  }

  private enter(
    member: Membership,
    notice: 'join.joined' | 'join.closedFinish' | 'join.offline' | null,
  ): void {
    const a = app();
    const scene = openClassGame(a, member);
    if (scene === null) return;
    a.notice =
      notice === null
        ? null
        : { key: notice, values: { title: member.title, nickname: member.nickname } };
    leaveJoinAddress();
    this.go(scene);
  }
}
