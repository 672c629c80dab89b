import type { PrecedenceRule } from './precedence';

/**
 * The default protocol order (docs/domain.md#protocol-order), seeded into `precedence_rules` (scope 'default')
 * and editable there: central leaders, then the Party rank (Bí thư > Phó Bí thư Thường trực >
 * Phó Bí thư > Ủy viên Ban Thường vụ > Ủy viên BCH), then the heads of HĐND, UBND and Ủy ban
 * MTTQ, then their deputies, then departments and lower levels. An organization may keep its own
 * table (PUT /organizations/{id}/precedence-table).
 */
export const DEFAULT_PRECEDENCE_RULES: readonly PrecedenceRule[] = [
  // central guests (first at cluster conferences; ranked high anyway)
  { pattern: 'Ủy viên Bộ Chính trị', rank: 1 },
  { pattern: 'Bí thư Trung ương Đảng', rank: 2 },
  { pattern: 'Ủy viên Ban Chấp hành Trung ương Đảng', rank: 3 },
  { pattern: 'Bộ trưởng', rank: 4 },
  { pattern: 'Thứ trưởng', rank: 5 },
  { pattern: 'Trưởng Ban Thi đua - Khen thưởng Trung ương', rank: 6 },
  { pattern: 'Phó Trưởng Ban Thi đua - Khen thưởng Trung ương', rank: 7 },
  // Party rank in the province (or centrally-run city)
  { pattern: 'Bí thư Tỉnh ủy', rank: 10 },
  { pattern: 'Bí thư Thành ủy', rank: 10 },
  { pattern: 'Phó Bí thư Thường trực Tỉnh ủy', rank: 20 },
  { pattern: 'Phó Bí thư Thường trực Thành ủy', rank: 20 },
  { pattern: 'Phó Bí thư Tỉnh ủy', rank: 30 },
  { pattern: 'Phó Bí thư Thành ủy', rank: 30 },
  { pattern: 'Ủy viên Ban Thường vụ Tỉnh ủy', rank: 40 },
  { pattern: 'Ủy viên Ban Thường vụ Thành ủy', rank: 40 },
  { pattern: 'Ủy viên Ban Chấp hành Đảng bộ tỉnh', rank: 50 },
  { pattern: 'Ủy viên Ban Chấp hành Đảng bộ thành phố', rank: 50 },
  { pattern: 'Tỉnh ủy viên', rank: 50 },
  // heads of the state posts
  { pattern: 'Chủ tịch HĐND tỉnh', rank: 100 },
  { pattern: 'Chủ tịch HĐND thành phố', rank: 100 },
  { pattern: 'Chủ tịch UBND tỉnh', rank: 110 },
  { pattern: 'Chủ tịch UBND thành phố', rank: 110 },
  { pattern: 'Chủ tịch Ủy ban MTTQ tỉnh', rank: 120 },
  { pattern: 'Chủ tịch Ủy ban MTTQ thành phố', rank: 120 },
  { pattern: 'Trưởng Đoàn ĐBQH tỉnh', rank: 130 },
  // their deputies
  { pattern: 'Phó Chủ tịch Thường trực HĐND tỉnh', rank: 200 },
  { pattern: 'Phó Chủ tịch Thường trực UBND tỉnh', rank: 210 },
  { pattern: 'Phó Chủ tịch HĐND tỉnh', rank: 220 },
  { pattern: 'Phó Chủ tịch UBND tỉnh', rank: 230 },
  { pattern: 'Phó Chủ tịch Ủy ban MTTQ tỉnh', rank: 240 },
  { pattern: 'Phó Trưởng Đoàn ĐBQH tỉnh', rank: 250 },
  // councils, departments, lower levels
  { pattern: 'Chủ tịch HĐTĐKT tỉnh', rank: 300 },
  { pattern: 'Phó Chủ tịch HĐTĐKT tỉnh', rank: 310 },
  { pattern: 'Phó Chủ tịch thứ nhất HĐTĐKT tỉnh', rank: 305 },
  { pattern: 'Giám đốc Sở', rank: 400 },
  { pattern: 'Trưởng ban', rank: 410 },
  { pattern: 'Phó Giám đốc Sở', rank: 450 },
  { pattern: 'Bí thư Huyện ủy', rank: 500 },
  { pattern: 'Chủ tịch UBND huyện', rank: 510 },
  { pattern: 'Chủ tịch UBND xã', rank: 600 },
  { pattern: 'Chủ tịch UBND phường', rank: 600 },
];
