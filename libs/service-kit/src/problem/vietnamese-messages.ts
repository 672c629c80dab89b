/**
 * Vietnamese texts for the common class-validator constraints. class-validator only speaks
 * English and does not expose constraint arguments on its errors, so numbers and allowed values
 * are read back from its (default) English message.
 */
type Phrase = (field: string, en: string) => string;

const lastNumber = (en: string): string | undefined => en.match(/-?\d+(?:\.\d+)?(?!.*\d)/)?.[0];
const allowedValues = (en: string): string | undefined => en.split(': ').slice(1).join(': ') || undefined;
const withNumber = (field: string, en: string, text: (n: string) => string, fallback: string): string => {
  const n = lastNumber(en);
  return `Trường ${field} ${n === undefined ? fallback : text(n)}`;
};

const PHRASES: Record<string, Phrase> = {
  isNotEmpty: (f) => `Trường ${f} không được để trống`,
  isDefined: (f) => `Trường ${f} là bắt buộc`,
  isString: (f) => `Trường ${f} phải là chuỗi ký tự`,
  isInt: (f) => `Trường ${f} phải là số nguyên`,
  isNumber: (f) => `Trường ${f} phải là số`,
  isPositive: (f) => `Trường ${f} phải là số dương`,
  min: (f, en) => withNumber(f, en, (n) => `không được nhỏ hơn ${n}`, 'nhỏ hơn giá trị cho phép'),
  max: (f, en) => withNumber(f, en, (n) => `không được lớn hơn ${n}`, 'lớn hơn giá trị cho phép'),
  minLength: (f, en) => withNumber(f, en, (n) => `phải có ít nhất ${n} ký tự`, 'quá ngắn'),
  maxLength: (f, en) => withNumber(f, en, (n) => `không được dài quá ${n} ký tự`, 'quá dài'),
  isLength: (f) => `Trường ${f} có độ dài không hợp lệ`,
  isUuid: (f) => `Trường ${f} phải là UUID hợp lệ`,
  isDateString: (f) => `Trường ${f} phải là ngày giờ theo chuẩn ISO 8601`,
  isIso8601: (f) => `Trường ${f} phải là ngày giờ theo chuẩn ISO 8601`,
  isDate: (f) => `Trường ${f} phải là ngày hợp lệ`,
  isEmail: (f) => `Trường ${f} phải là địa chỉ email hợp lệ`,
  isArray: (f) => `Trường ${f} phải là một danh sách`,
  arrayNotEmpty: (f) => `Trường ${f} không được là danh sách rỗng`,
  arrayMinSize: (f, en) => withNumber(f, en, (n) => `phải có ít nhất ${n} phần tử`, 'có quá ít phần tử'),
  arrayMaxSize: (f, en) => withNumber(f, en, (n) => `không được có quá ${n} phần tử`, 'có quá nhiều phần tử'),
  isEnum: (f, en) => oneOf(f, en),
  isIn: (f, en) => oneOf(f, en),
  isBoolean: (f) => `Trường ${f} phải là giá trị đúng/sai (true/false)`,
  isObject: (f) => `Trường ${f} phải là một đối tượng`,
  matches: (f) => `Trường ${f} không đúng định dạng`,
  whitelistValidation: (f) => `không được phép có trường này (property ${f} should not exist)`,
  nestedValidation: (f) => `Trường ${f} phải là một đối tượng hoặc danh sách đối tượng`,
  unknownValue: () => 'Dữ liệu gửi lên không phải là một đối tượng hợp lệ',
};

function oneOf(field: string, en: string): string {
  const values = allowedValues(en);
  return values
    ? `Trường ${field} phải là một trong các giá trị: ${values}`
    : `Trường ${field} không nằm trong các giá trị cho phép`;
}

/** The Vietnamese message for a failed constraint, or a generic one naming the field. */
export function vietnameseMessage(code: string, field: string, en: string): string {
  const phrase = PHRASES[code];
  return phrase ? phrase(field, en) : `Giá trị của trường ${field} không hợp lệ`;
}
