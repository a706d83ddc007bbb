// The entry file of an extraction worker thread (started by create-extract-pool.ts, never
// imported): builds one extractor, reports `ready` with its provenance (or `start-failed` with the
// loader's error, then exits), and answers every `extract` request with a document or an error.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createExtractor, type Extractor } from '../create-extractor.js';
import { prepareDocument, toTransferable } from './prepare-document.js';
import { serialiseError } from './serialise-error.js';
import type { ExtractRequest, WorkerData, WorkerMessage } from './worker-messages.js';

function serve(port: MessagePort, data: WorkerData): void {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  let extractor: Extractor;
  try {
    extractor = createExtractor(data.extractor);
  } catch (error) {
    post({ type: 'start-failed', error: serialiseError(error) });
    port.close(); // nothing else keeps the thread alive: it exits
    return;
  }
  port.on('message', (request: ExtractRequest) => {
    try {
      const document = extractor.extract(request.article, request.diagnostics);
      if (!request.prepare) {
        post({ type: 'extracted', task: request.task, document });
        return;
      }
      const { prepared, transfer } = toTransferable(prepareDocument(document, request.article.text));
      post({ type: 'prepared', task: request.task, prepared }, transfer);
    } catch (error) {
      // a bug on odd input fails this article only; the worker goes on with the next
      post({ type: 'failed', task: request.task, error: serialiseError(error) });
    }
  });
  post({ type: 'ready', provenance: extractor.provenance });
}

if (parentPort === null) throw new Error('extract-worker runs as a worker thread; use createExtractPool');
serve(parentPort, workerData as WorkerData);
