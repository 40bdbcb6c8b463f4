// The CLI's pieces as a library, for scripts such as the repository's demo.
export { createDelivery, TAMPERINGS, STALE_SECONDS, type Delivery, type DeliveryOptions, type Tampering } from './delivery.js';
export { sendDelivery, deliver, expectedStatus, meetsExpectation, type SendResult, type Expectation } from './send.js';
export { explain, type Explanation, type ExplainOptions, type Finding } from './explain.js';
export { readCapture, type Capture } from './capture.js';
export { findScheme, SCHEME_NAMES, type CliScheme } from './schemes.js';
export { main, type Io } from './main.js';
export { CliFailure, EXIT } from './failure.js';
