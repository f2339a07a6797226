// Drives the emulator with the official Alibaba Cloud OpenAPI client (npm @alicloud/openapi-client):
// create, read, update and delete every resource kind, once with V3 signatures (the client's default)
// and once with V2 (signatureAlgorithm 'v2'), then a request signed with the wrong secret.
// Usage: node emulator/crud.js <baseUrl> <accessKeyId> <accessKeySecret>. Prints one JSON object.
'use strict';
const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');

const [baseUrl, keyId, secret] = process.argv.slice(2);
const endpoint = new URL(baseUrl).host;
const ICE = '2020-11-09';
const LIVE = '2016-11-01';

function client(accessKeySecret, signatureAlgorithm) {
  return new OpenApi.default(new OpenApi.Config({
    accessKeyId: keyId, accessKeySecret, endpoint, protocol: 'HTTP', signatureAlgorithm,
  }));
}

async function call(api, action, version, method, query) {
  const params = new OpenApi.Params({
    action, version, protocol: 'HTTP', method, authType: 'AK', style: 'RPC', pathname: '/',
    reqBodyType: 'json', bodyType: 'json',
  });
  const request = new OpenApi.OpenApiRequest({ query });
  try {
    const response = await api.callApi(params, request, new Util.RuntimeOptions({ autoretry: false }));
    return response.body;
  } catch (e) {
    return { error: e.code, statusCode: e.data && e.data.statusCode };
  }
}

const iso = (ms) => new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const HOUR = 3600 * 1000;

async function ice(api, tag) {
  const submit = await call(api, 'SubmitLiveTranscodeJob', ICE, 'POST', {
    Name: `job-${tag}`, TemplateId: 'ice-tpl-hd', StartMode: '0',
    StreamInput: JSON.stringify({ Type: 'rtmp', InputUrl: `rtmp://in.example.com/app/${tag}` }),
    TranscodeOutput: JSON.stringify({ Type: 'LiveCenter', DomainName: 'live.example.com' }),
  });
  const JobId = submit.JobId;
  const created = (await call(api, 'GetLiveTranscodeJob', ICE, 'POST', { JobId })).Job;
  await call(api, 'UpdateLiveTranscodeJob', ICE, 'POST', { JobId, Name: `renamed-${tag}` });
  const updated = (await call(api, 'GetLiveTranscodeJob', ICE, 'POST', { JobId })).Job;
  await call(api, 'SendLiveTranscodeJobCommand', ICE, 'POST', { JobId, Command: 'stop' });
  const stopped = (await call(api, 'GetLiveTranscodeJob', ICE, 'POST', { JobId })).Job;
  const deleted = await call(api, 'DeleteLiveTranscodeJob', ICE, 'POST', { JobId });
  const gone = await call(api, 'GetLiveTranscodeJob', ICE, 'POST', { JobId });
  return {
    createdStatus: created.Status, outputUrl: created.OutputStream.StreamInfos[0].OutputUrl,
    updatedName: updated.Name, stoppedStatus: stopped.Status, deleted: typeof deleted.RequestId === 'string', afterDelete: gone.error,
  };
}

async function pullToPush(api, tag) {
  const Region = 'cn-shanghai';
  const create = await call(api, 'CreateLivePullToPush', LIVE, 'POST', {
    Region, TaskName: `task-${tag}`, SourceType: 'vod', SourceUrls: JSON.stringify(['media-1', 'media-2']),
    DstUrl: `rtmp://push.example.com/app/${tag}`, StartTime: iso(HOUR), EndTime: iso(2 * HOUR), RepeatNumber: '0',
  });
  const TaskId = create.TaskId;
  const created = await call(api, 'DescribeLivePullToPush', LIVE, 'GET', { TaskId, Region });
  await call(api, 'UpdateLivePullToPush', LIVE, 'GET', {
    TaskId, Region, CallbackUrl: 'https://hooks.example.com/cb', RepeatNumber: '3',
  });
  const updated = await call(api, 'DescribeLivePullToPush', LIVE, 'GET', { TaskId, Region });
  const deleted = await call(api, 'DeleteLivePullToPush', LIVE, 'GET', { TaskId, Region });
  const gone = await call(api, 'DescribeLivePullToPush', LIVE, 'GET', { TaskId, Region });
  return {
    createRetCode: create.RetCode, createdStatus: created.TaskStatus, createdUrls: created.TaskInfo.SourceUrls,
    updatedCallback: updated.TaskInfo.CallbackURL, updatedRepeat: updated.TaskInfo.RepeatNumber,
    deletedRetCode: deleted.RetCode, afterDelete: gone.error,
  };
}

async function recordConfig(api, tag) {
  const key = { DomainName: 'live.example.com', AppName: `app-${tag}`, StreamName: '' };
  await call(api, 'AddLiveRecordVodConfig', LIVE, 'POST', {
    ...key, VodTranscodeGroupId: 'vod-group-default', CycleDuration: '600', RecordContent: 'raw,transcode',
    'TranscodeTemplates.1': 'lhd', 'TranscodeTemplates.2': 'lsd', 'RecordFormat.1.Format': 'm3u8', 'RecordFormat.1.SliceDuration': '10',
  });
  const describe = () => call(api, 'DescribeLiveRecordVodConfigs', LIVE, 'POST', { DomainName: key.DomainName, AppName: key.AppName });
  const created = await describe();
  await call(api, 'UpdateLiveRecordVodConfig', LIVE, 'POST', { ...key, CycleDuration: '1200' });
  const updated = await describe();
  await call(api, 'DeleteLiveRecordVodConfig', LIVE, 'POST', key);
  const gone = await describe();
  const first = (r) => r.LiveRecordVodConfigs.LiveRecordVodConfig[0];
  return {
    createdTotal: created.Total, createdCycle: first(created).CycleDuration, transcodeTemplates: first(created).TranscodeTemplates,
    format: first(created).RecordFormatList.RecordFormat[0].Format, updatedCycle: first(updated).CycleDuration, afterDeleteTotal: gone.Total,
  };
}

async function edge(api, tag) {
  const ClusterId = 'edge-cluster-1';
  const create = await call(api, 'CreateEdgeTranscodeJob', LIVE, 'POST', {
    ClusterId, Name: `edge-${tag}`, TemplateId: 'edge-tpl-720p',
    StreamInput: `rtmp://in.example.com/app/${tag}`, StreamOutput: `rtmp://out.example.com/app/${tag}`,
  });
  const JobId = create.JobId;
  const get = async () => (await call(api, 'GetEdgeTranscodeJob', LIVE, 'POST', { ClusterId, JobId })).Job;
  const created = await get();
  await call(api, 'StartEdgeTranscodeJob', LIVE, 'POST', { ClusterId, JobId });
  const started = await get();
  await call(api, 'StopEdgeTranscodeJob', LIVE, 'POST', { ClusterId, JobId });
  await call(api, 'UpdateEdgeTranscodeJob', LIVE, 'POST', { ClusterId, JobId, Name: `edge-${tag}-2` });
  const updated = await get();
  const list = await call(api, 'ListEdgeTranscodeJob', LIVE, 'POST', { ClusterId });
  await call(api, 'DeleteEdgeTranscodeJob', LIVE, 'POST', { ClusterId, JobId });
  const gone = await call(api, 'GetEdgeTranscodeJob', LIVE, 'POST', { ClusterId, JobId });
  return {
    createdStatus: created.Status, startedStatus: started.Status, updatedName: updated.Name, updatedStatus: updated.Status,
    listed: list.JobList.Job.map((j) => j.JobId).includes(JobId), afterDelete: gone.error,
  };
}

async function run(signatureAlgorithm, tag) {
  const api = client(secret, signatureAlgorithm);
  return {
    ice: await ice(api, tag), pullToPush: await pullToPush(api, tag),
    recordConfig: await recordConfig(api, tag), edge: await edge(api, tag),
  };
}

(async () => {
  const result = { v3: await run(undefined, 'v3'), v2: await run('v2', 'v2') };
  const tampered = client(secret + 'x', undefined);
  result.tamperedV3 = await call(tampered, 'ListLiveTranscodeJobs', ICE, 'POST', { PageNo: '1' });
  result.tamperedV2 = await call(client(secret + 'x', 'v2'), 'ListLiveTranscodeJobs', ICE, 'POST', { PageNo: '1' });
  process.stdout.write(JSON.stringify(result) + '\n');
})().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
