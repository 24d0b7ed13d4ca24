// Test only: preloaded (NODE_OPTIONS=--require) into the Action under test when the Node running the suite is older
// than 24.14. The Action honours https_proxy/http_proxy/no_proxy through Node's own http.setGlobalProxyFromEnv()
// (Node 24.14 and later; the runner's node24); this gives an older Node the same function, made from undici's
// EnvHttpProxyAgent (the client inside Node's fetch), so that the committed bundle's call is what the proxy test sees.
'use strict';
const http = require('node:http');
if (typeof http.setGlobalProxyFromEnv !== 'function') {
  const { EnvHttpProxyAgent, getGlobalDispatcher, setGlobalDispatcher } = require('undici');
  http.setGlobalProxyFromEnv = (env = process.env) => {
    const before = getGlobalDispatcher();
    const pick = (name) => env[name.toLowerCase()] ?? env[name.toUpperCase()];
    setGlobalDispatcher(new EnvHttpProxyAgent({ httpProxy: pick('http_proxy'), httpsProxy: pick('https_proxy'), noProxy: pick('no_proxy') }));
    return () => setGlobalDispatcher(before);
  };
}
