/**
 * jsdom has no ResizeObserver; Fluent's message bar observes its own size, which a test does not
 * need. Call in a test file's `beforeAll`.
 */
export function stubResizeObserver(): void {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
