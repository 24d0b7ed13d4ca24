export declare const ACTION_BUNDLE: string;
export declare const ACTION_MANIFEST: string;
export declare function bundleAction(): Promise<string>;
export declare function actionManifest(): Promise<string>;
