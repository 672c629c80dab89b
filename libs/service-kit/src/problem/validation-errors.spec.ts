import type { ValidationError } from '@nestjs/common';
import { Type } from 'class-transformer';
import { plainToInstance } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsEnum, IsUUID, MaxLength, ValidateNested, validate } from 'class-validator';
import { ProblemException } from './problem.exception';
import { flattenValidationErrors, validateAgainst, validationProblem } from './validation-errors';

enum Rank {
  First = 'first',
  Second = 'second',
}

class Member {
  @IsEmail() email!: string;
  @IsEnum(Rank) rank!: Rank;
}

class Cluster {
  @IsUUID() id!: string;
  @MaxLength(5) name!: string;
  @ArrayMaxSize(1) @ValidateNested({ each: true }) @Type(() => Member) members!: Member[];
  @ValidateNested() @Type(() => Member) head!: Member;
}

async function errorsOf(plain: object): Promise<ValidationError[]> {
  return validate(plainToInstance(Cluster, plain), { whitelist: true, forbidNonWhitelisted: true });
}

describe('flattenValidationErrors', () => {
  it('flattens nested objects and arrays into dotted, indexed paths with vi and en texts', async () => {
    const errors = await errorsOf({
      id: 'nope',
      name: 'quá dài rồi',
      members: [
        { email: 'a@b.vn', rank: 'first' },
        { email: 'x', rank: 'third', extra: true },
      ],
      head: { email: 'h@b.vn', rank: 'second' },
    });
    const flat = flattenValidationErrors(errors);
    const byKey = Object.fromEntries(flat.map((e) => [`${e.field}:${e.code}`, e]));
    expect(Object.keys(byKey).sort()).toEqual([
      'id:isUuid',
      'members:arrayMaxSize',
      'members[1].email:isEmail',
      'members[1].extra:whitelistValidation',
      'members[1].rank:isEnum',
      'name:maxLength',
    ]);
    expect(byKey['name:maxLength'].vi).toBe('Trường name không được dài quá 5 ký tự');
    expect(byKey['members:arrayMaxSize'].vi).toBe('Trường members không được có quá 1 phần tử');
    expect(byKey['members[1].rank:isEnum'].vi).toBe(
      'Trường members[1].rank phải là một trong các giá trị: first, second',
    );
    expect(byKey['members[1].extra:whitelistValidation'].vi).toBe(
      'không được phép có trường này (property members[1].extra should not exist)',
    );
    expect(byKey['id:isUuid']).toEqual({
      field: 'id',
      code: 'isUuid',
      en: 'id must be a UUID',
      vi: 'Trường id phải là UUID hợp lệ',
    });
  });

  it('reports a non-object where a nested object is expected', async () => {
    const flat = flattenValidationErrors(
      await errorsOf({ id: '3f2b8c1e-8d4a-4c9b-9a57-0d6f1e2a3b4c', name: 'A', members: [], head: 'boss' }),
    );
    expect(flat).toEqual([
      expect.objectContaining({
        field: 'head',
        code: 'nestedValidation',
        vi: 'Trường head phải là một đối tượng hoặc danh sách đối tượng',
      }),
    ]);
  });
});

describe('validationProblem', () => {
  it('is a 400 ProblemException of type validation counting the errors', () => {
    const ex = validationProblem([
      { property: 'title', constraints: { isNotEmpty: 'title should not be empty' }, children: [] },
    ]);
    expect(ex).toBeInstanceOf(ProblemException);
    expect(ex.getStatus()).toBe(400);
    expect(ex.problem).toMatchObject({
      type: 'validation',
      vi: { title: 'Dữ liệu không hợp lệ' },
      en: { title: 'Invalid request', detail: 'The request has 1 invalid value(s), see "errors".' },
      errors: [
        { field: 'title', code: 'isNotEmpty', vi: 'Trường title không được để trống', en: 'title should not be empty' },
      ],
    });
  });
});

describe('validateAgainst (a plain object, e.g. a spreadsheet row, checked by a DTO)', () => {
  class Row {
    @MaxLength(5) name!: string;
    @ArrayMaxSize(1) @MaxLength(3, { each: true }) titles!: string[];
  }

  it('reports every failed constraint, with reasons that leave the field to the caller', () => {
    const failures = validateAgainst(Row, { name: 'Sở Nội vụ', titles: ['a', 'bcde'] });
    expect(failures.map((f) => [f.field, f.code, f.reason.vi, f.reason.en])).toEqual([
      ['name', 'maxLength', 'không được dài quá 5 ký tự', 'must be shorter than or equal to 5 characters'],
      ['titles', 'maxLength', 'không được dài quá 3 ký tự', 'must be shorter than or equal to 3 characters'],
      ['titles', 'arrayMaxSize', 'không được có quá 1 phần tử', 'must contain no more than 1 elements'],
    ]);
    expect(validateAgainst(Row, { name: 'Sở', titles: [] })).toEqual([]);
  });
});
