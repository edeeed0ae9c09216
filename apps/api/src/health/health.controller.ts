import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '@api/auth/access-rule.decorator';
import { ShutdownState } from './shutdown-state';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownState,
  ) {}

  /** The process answers: restart it if not. */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can serve: the database answers and we are not shutting down. */
  @Public()
  @Get('ready')
  async ready(): Promise<{ status: 'ok'; database: 'ok' }> {
    if (this.shutdown.isShuttingDown) throw new ServiceUnavailableException({ status: 'shutting-down' });
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
    return { status: 'ok', database: 'ok' };
  }
}
