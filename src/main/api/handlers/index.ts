import type { HandlerMap } from '../router'
import { appHandlers } from './app'

/** Every operation's handler, one area file each; the router checks this against the contract. */
export const handlers: HandlerMap = {
  ...appHandlers,
}
