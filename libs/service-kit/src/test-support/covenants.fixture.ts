import { Public } from '@tdkt/auth';
import { EventTooLargeError } from '@tdkt/messaging';
// A tiny controller shaped like a real service's, for the specs of this library.
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { currentCorrelation } from '@tdkt/contracts';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsString, Min, ValidateNested } from 'class-validator';
import { ApiIdempotencyKey } from '../idempotency/api-idempotency-key';
import { ProblemException } from '../problem/problem.exception';
import type { ProblemInit } from '../problem/problem.types';

export class PartyDto {
  @ApiProperty() @IsString() @IsNotEmpty() unitName!: string;
}

export class CreateCovenantDto {
  @ApiProperty() @IsString() @IsNotEmpty() title!: string;
  @ApiProperty() @IsInt() @Min(2000) year!: number;
  @ApiProperty({ type: [PartyDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => PartyDto)
  parties!: PartyDto[];
}

/** A plain domain error, as domain code throws it (no Nest). */
export class CovenantAlreadySignedError extends Error {
  constructor(readonly covenantId: string) {
    super(`covenant ${covenantId} is already signed`);
  }
}

export function mapCovenantErrors(err: unknown): ProblemInit | undefined {
  if (err instanceof CovenantAlreadySignedError) {
    return {
      status: 409,
      type: 'covenant-already-signed',
      vi: { title: 'Giao ước đã được ký', detail: `Giao ước ${err.covenantId} đã được ký.` },
      en: { title: 'Covenant already signed', detail: `Covenant ${err.covenantId} is already signed.` },
    };
  }
  return undefined;
}

@Public('a fixture of this test')
@Controller('covenants')
export class CovenantsController {
  @Post()
  @ApiIdempotencyKey()
  create(@Body() dto: CreateCovenantDto) {
    return {
      title: dto.title,
      dtoIsInstance: dto instanceof CreateCovenantDto,
      partyIsInstance: dto.parties[0] instanceof PartyDto,
      correlationId: currentCorrelation()?.correlationId,
    };
  }

  @Get('race')
  race(): never {
    // what pg/TypeORM throw when a unique index refuses the second of two concurrent inserts
    throw Object.assign(new Error('duplicate key value violates unique constraint "x_key"'), {
      driverError: { code: '23505' },
    });
  }

  @Get('too-large')
  tooLarge(): never {
    // what the outbox throws when the event of a change would not fit the broker
    throw new EventTooLargeError('covenants.covenant-created.v1', 700 * 1024);
  }

  @Get('boom')
  boom(): never {
    throw new Error('connection string postgres://secret@db leaked?');
  }

  @Get('conflict')
  conflict(): never {
    throw new ProblemException({
      status: 409,
      vi: { title: 'Xung đột', detail: 'Chi tiết tiếng Việt' },
      en: { title: 'Conflict here', detail: 'English detail' },
    });
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return { id, correlationId: currentCorrelation()?.correlationId };
  }

  @Post(':id/signatures')
  sign(@Param('id') id: string): never {
    throw new CovenantAlreadySignedError(id);
  }
}
