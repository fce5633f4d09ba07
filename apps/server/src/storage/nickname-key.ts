/**
 * The key two nicknames collide on within a classroom (NFC, lower case):
 * stored in players.nickname_key under a unique index (migration 004), so a
 * join checks uniqueness in the insert instead of listing every player.
 */
export function nicknameKey(nickname: string): string {
  return nickname.normalize('NFC').toLocaleLowerCase('en');
}
