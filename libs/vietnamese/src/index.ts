// @tdkt/vietnamese: how Vietnamese text, numbers and dates are written in this product's output
// (news drafts, invitations, documents). Rules: docs/domain.md#formatting; see README.md.
export { nfc } from './nfc';
export { cleanText } from './clean-text';
export { formatCount, formatNumber, formatPercent, type FormatNumberOptions } from './numbers';
export { formatMoneyVnd } from './money';
export { DEFAULT_TIME_ZONE, localDate, localParts, localTime, type Instant, type LocalParts } from './local-time';
export { pressDate, officialDate, partOfDay, partOfDayForHour, type PartOfDay, type PressDateOptions } from './dates';
export { quote, typographicQuotes } from './quotes';
export { vietnameseCollator, compareVietnamese, sortVietnamese } from './collation';
export { foldDiacritics } from './fold';
export { personWithTitles, joinList } from './lists';
export { sentence } from './sentence';
export { unitInSentence, unitList, splitUnit } from './admin-units';
export { onBehalfOf } from './on-behalf';
export { normalizeDashes } from './dashes';
export { personInProtocolOrder, personRepresenting, titlesInProtocolOrder } from './representative';
export { clusterRoleOrder, clusterRoleTitle } from './cluster-roles';
export { leadDate, hasTimeOfDay, type LeadDateOptions } from './lead-date';
export { conferenceHeadline } from './headline';
export { midSentence } from './capitals';
export { awardCount, recipientCounts, type RecipientCounts } from './recipient-counts';
