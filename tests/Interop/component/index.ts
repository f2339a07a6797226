// A stack with one LiveChannel, built by the alicloud-live plugin through Construct, with an explicit provider for
// the package (the channel's children must be managed by it). Stack config: startTime, endTime, vodTranscodeGroupId.
import * as pulumi from "@pulumi/pulumi";
import { LiveChannel, Provider } from "./live-channel";

const config = new pulumi.Config();
const provider = new Provider("explicit", { region: "cn-shanghai" });

const channel = new LiveChannel("news", {
    sourceUrl: "rtmp://origin.example.com/live/news",
    ingestDomain: "live.example.com",
    playDomain: "play.example.com",
    streamName: "news",
    startTime: config.require("startTime"),
    endTime: config.require("endTime"),
    transcodeTemplateId: "ice-tpl-hd",
    recording: { vodTranscodeGroupId: config.require("vodTranscodeGroupId") },
}, { providers: [provider] });

export const ingestUrl = channel.ingestUrl;
export const ingestTaskId = channel.ingestTaskId;
export const transcodeJobId = channel.transcodeJobId;
export const recordConfigId = channel.recordConfigId;
export const outputStreams = channel.outputStreams;
