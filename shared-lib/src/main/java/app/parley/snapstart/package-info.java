/**
 * SnapStart priming: each handler registers a {@link app.parley.snapstart.Priming} CRaC resource
 * whose {@code beforeCheckpoint} walks the SDK clients and the handler's hot path with fixed
 * inputs, so the classes are loaded and initialised in the snapshot. Nothing unique (ids, random
 * seeds, credentials, open connections) is created: SDK calls go to an in-memory HTTP client.
 * Without a snapshot (a plain cold start) the same kind of steps run on a second thread while the
 * handler is wired ({@link app.parley.snapstart.StartUp}), so both cores of the cold start work.
 */
package app.parley.snapstart;
