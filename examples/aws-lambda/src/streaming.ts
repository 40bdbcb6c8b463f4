import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { withStreamingVerification } from '@hookguard/aws-lambda';

interface ResponseStream {
  write(chunk: string): unknown;
  end(): unknown;
}
declare const awslambda: {
  streamifyResponse<H>(handler: H): H;
  HttpResponseStream: { from(stream: ResponseStream, prelude: { statusCode: number; headers?: Record<string, string> }): ResponseStream };
};

// A Function URL with response streaming: refusals are streamed with their status.
export const handler = awslambda.streamifyResponse(
  withStreamingVerification(async (_event: APIGatewayProxyEventV2, responseStream: ResponseStream) => {
    const stream = awslambda.HttpResponseStream.from(responseStream, { statusCode: 200, headers: { 'content-type': 'text/plain' } });
    stream.write('chunk1;');
    stream.write('chunk2');
    stream.end();
  }),
);
