import { Module } from '@nestjs/common';
import { VenuesModule } from '../venues/venues.module';
import { CeremonyCommand } from './ceremony.command';
import { CeremonyController } from './ceremony.controller';
import { CeremonyRepository } from './infra/ceremony.repository';
import { AgendaEditingCommand } from './agenda-editing.command';
import { AgendaController } from './agenda.controller';
import { ConferenceLifecycleCommand } from './conference-lifecycle.command';
import { ConferenceQueries } from './conference.queries';
import { ConferenceTransaction } from './conference.transaction';
import { ConferencesController } from './conferences.controller';
import { CovenantReaction } from './covenant-reaction';
import { CreateConferenceCommand } from './create-conference.command';
import { EditConferenceCommand } from './edit-conference.command';
import { BookingsRepository } from './infra/bookings.repository';
import { ConferenceRepository } from './infra/conference.repository';
import { ReactionsRepository } from './infra/reactions.repository';
import { LaunchMovementCommand } from './launch-movement.command';
import { ParticipantsCommand } from './participants.command';
import { ParticipantsController } from './participants.controller';
import { PublishAgendaCommand } from './publish-agenda.command';
import { ReactionEventsController } from './reaction-events.controller';

@Module({
  imports: [VenuesModule],
  controllers: [
    ConferencesController,
    AgendaController,
    ParticipantsController,
    CeremonyController,
    ReactionEventsController,
  ],
  providers: [
    ConferenceRepository,
    BookingsRepository,
    ReactionsRepository,
    CeremonyRepository,
    CeremonyCommand,
    ConferenceTransaction,
    ConferenceQueries,
    CovenantReaction,
    CreateConferenceCommand,
    EditConferenceCommand,
    ConferenceLifecycleCommand,
    AgendaEditingCommand,
    PublishAgendaCommand,
    LaunchMovementCommand,
    ParticipantsCommand,
  ],
  exports: [ConferenceQueries],
})
export class ConferencesModule {}
