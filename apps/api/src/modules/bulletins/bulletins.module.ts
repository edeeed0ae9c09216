import { AuditModule } from '@api/modules/audit/audit.module';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { EventLogModule } from '@api/modules/events/event-log.module';
import { UsersModule } from '@api/modules/users/users.module';
import { AcknowledgementsRepository } from './acknowledgements.repository';
import { AcknowledgementsService } from './acknowledgements.service';
import { AcknowledgementsResolver } from './acknowledgements.resolver';
import { AcknowledgementWatch } from './acknowledgement-watch';
import { LiveAcknowledgementsService } from './live-acknowledgements.service';
import { ApproverCandidatesRepository } from './approver-candidates.repository';
import { ApproverOptionsResolver } from './approver-options.resolver';
import { ApproverOptionsService } from './approver-options.service';
import { BulletinLifecycleService } from './bulletin-lifecycle.service';
import { BulletinReviewResolver } from './bulletin-review.resolver';
import { BulletinReviewService } from './bulletin-review.service';
import { BulletinReader } from './bulletins.reader';
import { BulletinsReadRepository } from './bulletins-read.repository';
import { BulletinsWriteRepository } from './bulletins-write.repository';
import { BulletinsResolver } from './bulletins.resolver';
import { BulletinsService } from './bulletins.service';
import { RecipientCheckService } from './recipient-check.service';
import { StixVersionsReader } from './stix-versions.reader';
import { RecipientOptionsResolver } from './recipient-options.resolver';
import { RecipientOptionsService } from './recipient-options.service';

@Module({
  imports: [OrganizationsModule, UsersModule, EventLogModule, AuditModule],
  providers: [
    BulletinsResolver,
    BulletinReviewResolver,
    RecipientOptionsResolver,
    ApproverOptionsResolver,
    AcknowledgementsResolver,
    BulletinReviewService,
    ApproverOptionsService,
    ApproverCandidatesRepository,
    AcknowledgementWatch,
    LiveAcknowledgementsService,
    RecipientOptionsService,
    AcknowledgementsService,
    AcknowledgementsRepository,
    BulletinsService,
    BulletinLifecycleService,
    RecipientCheckService,
    BulletinsReadRepository,
    BulletinsWriteRepository,
    BulletinReader,
    StixVersionsReader,
  ],
  // BulletinReader and StixVersionsReader are how other modules read bulletins; BulletinsService is the API's read
  // path; BulletinLifecycleService writes them (a STIX import makes its draft with create).
  exports: [BulletinsService, BulletinReader, StixVersionsReader, BulletinLifecycleService],
})
export class BulletinsModule {}
