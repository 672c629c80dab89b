import { vietnameseMessage } from './vietnamese-messages';

describe('vietnameseMessage', () => {
  it.each([
    ['isNotEmpty', 'name should not be empty', 'Trường name không được để trống'],
    ['isDefined', 'name should not be null or undefined', 'Trường name là bắt buộc'],
    ['isString', 'name must be a string', 'Trường name phải là chuỗi ký tự'],
    ['isInt', 'name must be an integer number', 'Trường name phải là số nguyên'],
    ['isNumber', 'name must be a number conforming to the specified constraints', 'Trường name phải là số'],
    ['min', 'name must not be less than 0.5', 'Trường name không được nhỏ hơn 0.5'],
    ['max', 'name must not be greater than -3', 'Trường name không được lớn hơn -3'],
    ['minLength', 'name must be longer than or equal to 3 characters', 'Trường name phải có ít nhất 3 ký tự'],
    ['maxLength', 'name must be shorter than or equal to 200 characters', 'Trường name không được dài quá 200 ký tự'],
    ['isUuid', 'name must be a UUID', 'Trường name phải là UUID hợp lệ'],
    ['isDateString', 'name must be a valid ISO 8601 date string', 'Trường name phải là ngày giờ theo chuẩn ISO 8601'],
    ['isIso8601', 'name must be a valid ISO 8601 date string', 'Trường name phải là ngày giờ theo chuẩn ISO 8601'],
    ['isEmail', 'name must be an email', 'Trường name phải là địa chỉ email hợp lệ'],
    ['arrayMinSize', 'name must contain at least 2 elements', 'Trường name phải có ít nhất 2 phần tử'],
    ['arrayMaxSize', 'name must contain no more than 10 elements', 'Trường name không được có quá 10 phần tử'],
    ['isArray', 'name must be an array', 'Trường name phải là một danh sách'],
    ['isIn', 'name must be one of the following values: a, b', 'Trường name phải là một trong các giá trị: a, b'],
    ['isBoolean', 'name must be a boolean value', 'Trường name phải là giá trị đúng/sai (true/false)'],
    [
      'whitelistValidation',
      'property name should not exist',
      'không được phép có trường này (property name should not exist)',
    ],
  ])('%s', (code, en, vi) => {
    expect(vietnameseMessage(code, 'name', en)).toBe(vi);
  });

  it('keeps the sense when a custom English message hides the number', () => {
    expect(vietnameseMessage('minLength', 'name', 'too short!')).toBe('Trường name quá ngắn');
  });

  it('falls back to a generic phrase naming the field', () => {
    expect(vietnameseMessage('isHexColor', 'parties[0].colour', 'whatever')).toBe(
      'Giá trị của trường parties[0].colour không hợp lệ',
    );
  });
});
