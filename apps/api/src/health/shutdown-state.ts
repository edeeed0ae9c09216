import { Injectable } from '@nestjs/common';

/** Set once shutdown begins, so readiness turns false before connections close. */
@Injectable()
export class ShutdownState {
  isShuttingDown = false;
}
