import { Module } from '@nestjs/common';
import { SocketPayloadLimit } from './socket-payload-limit';

/** What of HTTP hygiene needs the container; the Express side is set up in configure-http.ts. */
@Module({ providers: [SocketPayloadLimit] })
export class HttpHygieneModule {}
