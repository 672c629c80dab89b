import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPARISON_BASES, SPEECH_KINDS, type ComparisonBasis, type SpeechKind } from '@tdkt/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** Text the organizer types: present, not blank, bounded (the event schema's limits). */
const Text =
  (max: number): PropertyDecorator =>
  (target, key) => {
    IsString()(target, key);
    IsNotEmpty()(target, key);
    MaxLength(max)(target, key);
  };
const Nested =
  (type: () => new () => unknown): PropertyDecorator =>
  (target, key) => {
    ValidateNested()(target, key);
    Type(type)(target, key);
  };
const finite = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 };

/** A client-chosen identity of the fact; entering the same key again replaces that fact. */
class KeyedFact {
  @ApiPropertyOptional({
    description: 'the fact’s own key (letters, digits, - _ . :); otherwise the fact is known by what names it',
    example: 'thu-ngan-sach',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/)
  key?: string;
}

export class PersonInput {
  @ApiProperty({ example: 'Nguyễn Thái Hưng' })
  @Text(300)
  name!: string;

  @ApiProperty({ type: [String], example: ['Ủy viên BTV Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles!: string[];
}

export class QuantityInput {
  @ApiProperty({ example: 4290 })
  @IsNumber(finite)
  value!: number;

  @ApiProperty({ example: 'tỷ đồng', description: '"%", "tỷ đồng", "triệu đồng/người/năm", "điểm" …' })
  @Text(100)
  unit!: string;
}

export class ComparisonInput extends QuantityInput {
  @ApiProperty({ enum: COMPARISON_BASES, description: 'against the year’s target or the year before' })
  @IsIn(COMPARISON_BASES)
  basis!: ComparisonBasis;

  @ApiPropertyOptional({ enum: ['up', 'down'], description: 'above / below it; absent: "bằng" (equal to) that share' })
  @IsOptional()
  @IsIn(['up', 'down'])
  direction?: 'up' | 'down';
}

export class FigureInput extends QuantityInput {
  @ApiProperty({ example: 'tổng thu ngân sách nhà nước trên địa bàn' })
  @Text(300)
  label!: string;

  @ApiPropertyOptional({ example: 'giảm còn', description: 'the verb before the value; "đạt" when absent' })
  @IsOptional()
  @Text(50)
  verb?: string;

  @ApiPropertyOptional({ type: ComparisonInput })
  @IsOptional()
  @Nested(() => ComparisonInput)
  comparison?: ComparisonInput;
}

export class HighlightDto extends KeyedFact {
  @ApiPropertyOptional({ type: FigureInput, description: 'a figure of the report; or give a statement' })
  @IsOptional()
  @Nested(() => FigureInput)
  figure?: FigureInput;

  @ApiPropertyOptional({ description: 'a short statement of the report, as it is to be printed' })
  @IsOptional()
  @Text(1000)
  statement?: string;
}

export class SpeechDto extends KeyedFact {
  @ApiProperty({
    enum: SPEECH_KINDS,
    description:
      'directing (phát biểu chỉ đạo), fatherland-front (thay mặt Ủy ban MTTQ), acceptance (phát biểu tiếp thu), opening (khai mạc), other',
  })
  @IsIn(SPEECH_KINDS)
  speechKind!: SpeechKind;

  @ApiProperty({ type: PersonInput })
  @IsDefined()
  @Nested(() => PersonInput)
  speaker!: PersonInput;

  @ApiPropertyOptional({ example: 'Ủy ban MTTQ Việt Nam tỉnh' })
  @IsOptional()
  @Text(300)
  onBehalfOf?: string;

  @ApiPropertyOptional({ type: [String], description: 'what the speaker stressed, as the organizer sums it up' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  keyPoints?: string[];

  @ApiPropertyOptional({ type: [String], description: 'the tasks the speaker asked for ("đề nghị …")' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  tasks?: string[];
}

export class PresentationDto extends KeyedFact {
  @ApiProperty({ type: PersonInput })
  @IsDefined()
  @Nested(() => PersonInput)
  presenter!: PersonInput;

  @ApiProperty({ example: 'Sở Giáo dục và Đào tạo' })
  @Text(300)
  unit!: string;

  @ApiProperty({ example: 'Đổi mới công tác thi đua, khen thưởng trong ngành giáo dục' })
  @Text(500)
  subject!: string;
}

export class AwardPresentationDto extends KeyedFact {
  @ApiProperty({
    example: 'BANG_KHEN_THU_TUONG',
    description: 'the award type’s code in the catalog (GET /award-types)',
  })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{1,99}$/, { message: 'awardTypeCode: a catalog code (letters, digits, _)' })
  awardTypeCode!: string;

  @ApiProperty({ type: [PersonInput], description: 'who hands the awards over, in the order to be named' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Nested(() => PersonInput)
  presenters!: PersonInput[];

  @ApiPropertyOptional({ example: 'Thủ tướng Chính phủ', description: 'on whose behalf they present (thừa ủy quyền)' })
  @IsOptional()
  @Text(300)
  onBehalfOf?: string;
}

export class PrizeDto extends KeyedFact {
  @ApiProperty({ example: '8 tập thể dẫn đầu các khối thi đua' })
  @Text(300)
  recipients!: string;

  @ApiProperty({ example: 'Cờ thi đua của UBND tỉnh' })
  @Text(300)
  award!: string;

  @ApiProperty({ example: 10000000, description: 'prize money in đồng' })
  @IsInt()
  @Min(1)
  @Max(1e15)
  amountVnd!: number;

  @ApiPropertyOptional({ example: 'tập thể', description: 'what the amount is per, when not the whole' })
  @IsOptional()
  @Text(100)
  per?: string;
}

export class RankingInput {
  @ApiProperty({ example: 'tỉnh Hà Giang' })
  @Text(300)
  unit!: string;

  @ApiProperty({ example: 13 })
  @IsInt()
  @Min(1)
  @Max(100000)
  position!: number;

  @ApiProperty({ example: 63 })
  @IsInt()
  @Min(1)
  @Max(100000)
  of!: number;

  @ApiProperty({ example: 'tỉnh, thành phố' })
  @Text(300)
  scope!: string;

  @ApiPropertyOptional({ type: QuantityInput })
  @IsOptional()
  @Nested(() => QuantityInput)
  score?: QuantityInput;
}

export class LeadersInput {
  @ApiProperty({ example: 'Khối các sở, ban, ngành' })
  @Text(300)
  group!: string;

  @ApiProperty({ type: [String], example: ['Sở Nội vụ'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  units!: string[];
}

export class ResultDto extends KeyedFact {
  @ApiProperty({ example: 'kết quả xếp hạng Chỉ số cải cách hành chính năm 2023' })
  @Text(500)
  subject!: string;

  @ApiPropertyOptional({ type: RankingInput })
  @IsOptional()
  @Nested(() => RankingInput)
  ranking?: RankingInput;

  @ApiPropertyOptional({ type: [LeadersInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Nested(() => LeadersInput)
  leaders?: LeadersInput[];
}
