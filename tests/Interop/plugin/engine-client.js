// Drives the built plugin binary as the Pulumi engine would, with @pulumi/pulumi's own generated client over
// @grpc/grpc-js, and prints one JSON line for the NUnit test to assert on.
// Usage: node plugin/engine-client.js <port> <scenario> [json-argument]
//   basics            Handshake, GetPluginInfo, GetSchema, an unknown RPC (GetMapping)
//   configure-missing Configure with no credentials (expects ConfigureErrorMissingKeys)
//   configure-create  Configure with the JSON argument's "config", then Create with its "urn"/"type"/"properties";
//                     errors are decoded from grpc-status-details-bin (ErrorResourceInitFailed)
'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
const pulumiProto = path.dirname(require.resolve('@pulumi/pulumi/proto/provider_pb.js'));
const fromPulumi = (m) => require(require.resolve(m, { paths: [pulumiProto] }));
const emptyPb = fromPulumi('google-protobuf/google/protobuf/empty_pb.js');
const structPb = fromPulumi('google-protobuf/google/protobuf/struct_pb.js');
const services = require('@pulumi/pulumi/proto/provider_grpc_pb.js');
const providerPb = require('@pulumi/pulumi/proto/provider_pb.js');
const statusPb = require('@pulumi/pulumi/proto/status_pb.js');

const [port, scenario, argument] = process.argv.slice(2);
const client = new services.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());

function call(method, request) {
    return new Promise((resolve) => {
        const deadline = new Date(Date.now() + 60000);
        client[method](request, { deadline }, (err, response) => resolve({ err, response }));
    });
}

function decodeError(err) {
    const result = { code: err.code, message: err.details, details: [] };
    for (const bin of err.metadata ? err.metadata.get('grpc-status-details-bin') : []) {
        const status = statusPb.Status.deserializeBinary(bin);
        for (const any of status.getDetailsList()) {
            const typeUrl = any.getTypeUrl();
            if (typeUrl === 'type.googleapis.com/pulumirpc.ConfigureErrorMissingKeys') {
                const keys = providerPb.ConfigureErrorMissingKeys.deserializeBinary(any.getValue_asU8()).getMissingkeysList();
                result.details.push({ typeUrl, missingKeys: keys.map((k) => ({ name: k.getName(), description: k.getDescription() })) });
            } else if (typeUrl === 'type.googleapis.com/pulumirpc.ErrorResourceInitFailed') {
                const init = providerPb.ErrorResourceInitFailed.deserializeBinary(any.getValue_asU8());
                result.details.push({
                    typeUrl,
                    id: init.getId(),
                    properties: init.getProperties() ? init.getProperties().toJavaScript() : null,
                    reasons: init.getReasonsList(),
                });
            } else {
                result.details.push({ typeUrl });
            }
        }
    }
    return result;
}

async function basics() {
    const hs = new providerPb.ProviderHandshakeRequest();
    hs.setEngineAddress('');
    const handshake = await call('handshake', hs);
    const info = await call('getPluginInfo', new emptyPb.Empty());
    const schemaRequest = new providerPb.GetSchemaRequest();
    schemaRequest.setVersion(0);
    const schema = await call('getSchema', schemaRequest);
    const mapping = await call('getMapping', new providerPb.GetMappingRequest());
    return {
        handshake: handshake.err ? decodeError(handshake.err) : {
            acceptSecrets: handshake.response.getAcceptSecrets(),
            acceptResources: handshake.response.getAcceptResources(),
            supportsAutonamingConfiguration: handshake.response.getSupportsAutonamingConfiguration(),
        },
        version: info.err ? null : info.response.getVersion(),
        schema: schema.err ? null : schema.response.getSchema(),
        unknownRpc: mapping.err ? { code: mapping.err.code } : { code: 0 },
    };
}

async function configure(config) {
    const request = new providerPb.ConfigureRequest();
    request.setArgs(structPb.Struct.fromJavaScript(config));
    request.setAcceptsecrets(true);
    request.setAcceptresources(true);
    const { err } = await call('configure', request);
    return err ? decodeError(err) : { code: 0 };
}

async function configureCreate(spec) {
    const configured = await configure(spec.config);
    if (configured.code !== 0) {
        return { configure: configured };
    }
    const request = new providerPb.CreateRequest();
    request.setUrn(spec.urn);
    request.setType(spec.type);
    request.setName(spec.urn.split('::').pop());
    request.setProperties(structPb.Struct.fromJavaScript(spec.properties));
    const { err, response } = await call('create', request);
    return err
        ? { configure: configured, create: decodeError(err) }
        : { configure: configured, create: { code: 0, id: response.getId(), properties: response.getProperties().toJavaScript() } };
}

(async () => {
    let result;
    switch (scenario) {
        case 'basics': result = await basics(); break;
        case 'configure-missing': result = await configure({}); break;
        case 'configure-create': result = await configureCreate(JSON.parse(argument)); break;
        default: throw new Error(`unknown scenario ${scenario}`);
    }
    process.stdout.write(JSON.stringify(result) + '\n');
    client.close();
})().catch((e) => {
    process.stderr.write(String(e && e.stack || e) + '\n');
    process.exit(1);
});
