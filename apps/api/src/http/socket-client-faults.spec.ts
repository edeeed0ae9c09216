import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { quietClientFaults } from './socket-client-faults';

function setup() {
  const socket = new EventEmitter();
  const graphqlWs = vi.fn();
  socket.on('error', graphqlWs);
  const logger = { warn: vi.fn() };
  quietClientFaults(socket, logger as unknown as Logger);
  return { socket, graphqlWs, logger };
}

describe('quietClientFaults', () => {
  it("logs a client's protocol fault once at warn, without a stack, and keeps it from graphql-ws", () => {
    const { socket, graphqlWs, logger } = setup();
    const fault = Object.assign(new RangeError('Max payload size exceeded'), {
      code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH',
    });
    expect(socket.emit('error', fault)).toBe(true);
    expect(graphqlWs).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      { code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH', reason: 'Max payload size exceeded' },
      'WebSocket closed: the client broke the protocol',
    );
  });

  it('passes any other error, and every other event, on', () => {
    const { socket, graphqlWs, logger } = setup();
    const message = vi.fn();
    socket.on('message', message);
    const failure = new Error('ECONNRESET');
    socket.emit('error', failure);
    socket.emit('message', 'hello');
    expect(graphqlWs).toHaveBeenCalledWith(failure);
    expect(message).toHaveBeenCalledWith('hello');
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
