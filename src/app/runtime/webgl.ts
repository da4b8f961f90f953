/** tfjs's WebGL backend, a chunk of its own: loaded when WebGL is first asked for (backends.ts), never by the cold start. */
import '@tensorflow/tfjs-backend-webgl';
