import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import {
  CreateWebhookInput,
  DisableWebhookInput,
  RotateWebhookSecretInput,
  UpdateWebhookInput,
  WebhookArgs,
  WebhookDeliveriesArgs,
  WebhookIdInput,
  WebhooksArgs,
} from './dto/webhook.inputs';
import { type WebhookDelivery, WebhookDeliveryConnection } from './models/webhook-delivery.model';
import { Webhook, WebhookConnection, WebhookWithSecret } from './models/webhook.model';
import { WebhooksService } from './webhooks.service';

@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Query(() => WebhookConnection, {
    description: "Your organization's webhooks, newest first. Signing secrets are never shown again.",
  })
  webhooks(@CurrentViewer() viewer: RequestViewer, @Args() args: WebhooksArgs): Promise<Connection<Webhook>> {
    return this.service.list(viewer, args);
  }

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Query(() => Webhook)
  webhook(@CurrentViewer() viewer: RequestViewer, @Args() args: WebhookArgs): Promise<Webhook> {
    return this.service.get(viewer, args.id);
  }

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Query(() => WebhookDeliveryConnection, { description: "One webhook's delivery log, latest event first." })
  webhookDeliveries(
    @CurrentViewer() viewer: RequestViewer,
    @Args() args: WebhookDeliveriesArgs,
  ): Promise<Connection<WebhookDelivery>> {
    return this.service.deliveries(viewer, args);
  }

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Mutation(() => WebhookWithSecret, {
    description: 'Registers an endpoint; the signing secret is in the answer, and only there.',
  })
  createWebhook(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: CreateWebhookInput,
  ): Promise<WebhookWithSecret> {
    return this.service.create(viewer, input);
  }

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Mutation(() => Webhook)
  updateWebhook(@CurrentViewer() viewer: RequestViewer, @Args('input') input: UpdateWebhookInput): Promise<Webhook> {
    return this.service.update(viewer, input);
  }

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Mutation(() => Webhook, { description: 'Stops deliveries; those still waiting are SKIPPED.' })
  disableWebhook(@CurrentViewer() viewer: RequestViewer, @Args('input') input: DisableWebhookInput): Promise<Webhook> {
    return this.service.disable(viewer, input);
  }

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Mutation(() => Webhook, { description: 'Delivers again, from events published from now on.' })
  enableWebhook(@CurrentViewer() viewer: RequestViewer, @Args('input') input: WebhookIdInput): Promise<Webhook> {
    return this.service.enable(viewer, input.id);
  }

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Mutation(() => ID, { description: 'Removes the webhook and its delivery log; returns its id.' })
  deleteWebhook(@CurrentViewer() viewer: RequestViewer, @Args('input') input: WebhookIdInput): Promise<string> {
    return this.service.delete(viewer, input.id);
  }

  @Requires(Permission.ORG_WEBHOOKS_MANAGE)
  @Mutation(() => WebhookWithSecret, { description: 'A new signing secret, shown once.' })
  rotateWebhookSecret(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: RotateWebhookSecretInput,
  ): Promise<WebhookWithSecret> {
    return this.service.rotateSecret(viewer, input);
  }
}
