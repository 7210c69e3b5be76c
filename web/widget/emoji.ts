/** The picker's emoji: a small set covering greetings, feelings and agreement. */
export const emoji = [
  '😀', '😃', '😄', '😁', '😊', '🙂', '😉', '😍',
  '😘', '😎', '🤔', '😐', '😕', '😢', '😭', '😡',
  '😮', '😴', '🙏', '👍', '👎', '👌', '👏', '🙌',
  '👋', '💪', '❤️', '💔', '⭐', '🔥', '🎉', '✅',
  '❌', '❓', '❗', '📎', '📷', '📄', '⏰', '☕',
];
