'use strict';
// stream.addAbortSignal(): destroys a stream with an AbortError when the signal
// aborts.

const {
  errors,
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
  onAbortSignal,
  validators,
} = require('internal/streams/utils');

function addAbortSignal(signal, stream) {
  validators().validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream)
    ? () => {
      stream.destroy(new (errors().AbortError)(undefined, { cause: signal.reason }));
    }
    : () => {
      stream[kControllerErrorFunction](new (errors().AbortError)(undefined, { cause: signal.reason }));
    };
  if (signal.aborted) {
    onAbort();
  } else {
    const unlisten = onAbortSignal(signal, onAbort);
    // The listener goes once the stream is done.
    require('internal/streams/end-of-stream')(stream, unlisten);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
