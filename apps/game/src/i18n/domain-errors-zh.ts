import type { DomainErrorCode } from '@smile-curve/domain';

/** The domain's error codes in Chinese: a refusal never shows the domain's English alone. */
export const domainErrorsZh: Record<DomainErrorCode, string> = {
  'input/invalid': '有一个数值无效。',
  'scenario/unknown': '未知的情景。',
  'scenario/version_mismatch': '这局游戏由另一个版本的模型生成。',
  'game/over': '游戏已结束。',
  'game/unfinished': '游戏尚未结束。',
  'decision/unknown_lever': '未知的投入方向。',
  'decision/over_budget': '支出超过了可用资金。',
  'decision/missing_event_answer': '请为这个事件选择一个选项。',
  'decision/unknown_event': '这个事件不在本年的事件卡中。',
  'decision/unknown_option': '这不是该事件的选项。',
  'decision/loan_not_allowed': '本情景不能向银行借款。',
  'decision/over_credit_limit': '银行不会借这么多。',
  'decision/over_repay': '还款不能超过欠款。',
};
