// Calls a GrpcServer with the real Pulumi client stack (@pulumi/pulumi's generated ResourceProviderClient over
// @grpc/grpc-js) and prints what it saw as one JSON line for the NUnit interop test to assert on.
// Usage: node rpc/provider-client.js <host:port>
'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
// Messages must come from @pulumi/pulumi's own copy of google-protobuf, or they fail to serialise.
const pulumiProto = path.dirname(require.resolve('@pulumi/pulumi/proto/provider_pb.js'));
const emptyPb = require(require.resolve('google-protobuf/google/protobuf/empty_pb.js', { paths: [pulumiProto] }));
const services = require('@pulumi/pulumi/proto/provider_grpc_pb.js');
const providerPb = require('@pulumi/pulumi/proto/provider_pb.js');
const statusPb = require('@pulumi/pulumi/proto/status_pb.js');

const address = process.argv[2];
const client = new services.ResourceProviderClient(address, grpc.credentials.createInsecure());

function call(method, request, options) {
    return new Promise((resolve) => {
        client[method](request, options || {}, (err, response) => resolve({ err, response }));
    });
}

// The rich error model: grpc-status-details-bin holds a google.rpc.Status whose details are Any messages.
function describeError(err) {
    const result = { code: err.code, details: err.details };
    const bins = err.metadata ? err.metadata.get('grpc-status-details-bin') : [];
    if (bins.length > 0) {
        const status = statusPb.Status.deserializeBinary(bins[0]);
        result.statusCode = status.getCode();
        result.statusMessage = status.getMessage();
        result.anyDetails = status.getDetailsList().map((any) => {
            const detail = { typeUrl: any.getTypeUrl() };
            if (any.getTypeUrl() === 'type.googleapis.com/pulumirpc.ConfigureErrorMissingKeys') {
                const missing = providerPb.ConfigureErrorMissingKeys.deserializeBinary(any.getValue_asU8());
                detail.missingKeys = missing.getMissingkeysList().map((k) => ({ name: k.getName(), description: k.getDescription() }));
            }
            return detail;
        });
    }
    return result;
}

async function main() {
    const output = {};

    const info = await call('getPluginInfo', new emptyPb.Empty());
    output.pluginInfo = info.err ? describeError(info.err) : { version: info.response.getVersion() };

    const configure = new providerPb.ConfigureRequest();
    configure.setAcceptsecrets(true);
    const configured = await call('configure', configure);
    output.configure = configured.err ? describeError(configured.err) : { unexpected: 'success' };

    // Not mapped by the test server: the engine reads UNIMPLEMENTED from Handshake as "legacy provider".
    const handshake = await call('handshake', new providerPb.ProviderHandshakeRequest());
    output.handshake = handshake.err ? describeError(handshake.err) : { unexpected: 'success' };

    const check = new providerPb.CheckRequest();
    check.setUrn('urn:pulumi:dev::proj::alicloud-live:live:PullToPushTask::slow');
    const checked = await call('check', check, { deadline: Date.now() + 300 });
    output.deadline = checked.err ? describeError(checked.err) : { unexpected: 'success' };

    client.close();
    process.stdout.write(JSON.stringify(output) + '\n');
}

main().catch((e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
    process.exit(1);
});
