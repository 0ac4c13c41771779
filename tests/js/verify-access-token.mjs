// Verifies a FitFlow access token the way a third party would: with the `jose` library, keys
// fetched from the server's /.well-known/jwks.json, and the issuer and audience checked.
//
// Input (environment, so the token never shows in a process list):
//   FITFLOW_JWKS_URL      e.g. https://127.0.0.1:8443/.well-known/jwks.json
//   FITFLOW_JWT_ISSUER    expected "iss"
//   FITFLOW_JWT_AUDIENCE  expected "aud"
//   FITFLOW_ACCESS_TOKEN  the compact JWS to verify
// For a private CA, set NODE_EXTRA_CA_CERTS to its PEM file.
// Output: the verified claims as one JSON line on stdout, exit 0; otherwise the jose error code
// and message on stderr, exit 1 (2 for missing input).
import { createRemoteJWKSet, jwtVerify } from 'jose';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}

const jwksUrl = new URL(required('FITFLOW_JWKS_URL'));
const issuer = required('FITFLOW_JWT_ISSUER');
const audience = required('FITFLOW_JWT_AUDIENCE');
const token = required('FITFLOW_ACCESS_TOKEN');

try {
  const keys = createRemoteJWKSet(jwksUrl);
  const { payload, protectedHeader } = await jwtVerify(token, keys, {
    issuer,
    audience,
    algorithms: ['EdDSA', 'ES256'],
    requiredClaims: ['sub', 'exp', 'iat', 'jti'],
  });
  console.log(JSON.stringify({ header: protectedHeader, claims: payload }));
} catch (error) {
  console.error(`${error.code ?? 'ERR_UNKNOWN'}: ${error.message}`);
  process.exit(1);
}
