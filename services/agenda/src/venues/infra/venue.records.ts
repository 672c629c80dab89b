import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('venues')
export class VenueRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { nullable: true }) tenant!: string | null;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) address!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
