// Publishing to a git repository: the module's public face.
export { publish, publishFolder, type PublishOptions } from './publish';
export { readPublishTarget, savePublishTarget, PUBLISH_TARGET_KEY } from './target';
export { INDEX_FILE, imageFilesFor, periodPath, renderIndex, renderPeriod } from './layout';
export { MANIFEST_FILE } from './manifest';
