// LiveChannel as Pulumi's nodejs codegen emits a schema component (what `pulumi package gen-sdk --language nodejs`
// writes for alicloud-live:components:LiveChannel): a ComponentResource registered with remote = true, so the engine
// asks the alicloud-live plugin to build it (Construct).
import * as pulumi from "@pulumi/pulumi";

export interface LiveChannelRecordingArgs {
    vodTranscodeGroupId: pulumi.Input<string>;
}

export interface LiveChannelArgs {
    sourceUrl: pulumi.Input<string>;
    sourceProtocol?: pulumi.Input<string>;
    ingestDomain: pulumi.Input<string>;
    playDomain: pulumi.Input<string>;
    appName?: pulumi.Input<string>;
    streamName: pulumi.Input<string>;
    startTime: pulumi.Input<string>;
    endTime: pulumi.Input<string>;
    region?: pulumi.Input<string>;
    transcodeTemplateId: pulumi.Input<string>;
    recording?: pulumi.Input<LiveChannelRecordingArgs>;
}

export interface LiveChannelOutputStream {
    outputUrl?: string;
    type?: string;
}

export class LiveChannel extends pulumi.ComponentResource {
    public static readonly __pulumiType = "alicloud-live:components:LiveChannel";

    public readonly ingestTaskId!: pulumi.Output<string>;
    public readonly ingestUrl!: pulumi.Output<string>;
    public readonly outputStreams!: pulumi.Output<LiveChannelOutputStream[]>;
    public readonly recordConfigId!: pulumi.Output<string | undefined>;
    public readonly transcodeJobId!: pulumi.Output<string>;

    constructor(name: string, args: LiveChannelArgs, opts?: pulumi.ComponentResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        for (const required of ["sourceUrl", "ingestDomain", "playDomain", "streamName", "startTime", "endTime", "transcodeTemplateId"] as const) {
            if (args[required] === undefined && !opts.urn) {
                throw new Error(`Missing required property '${required}'`);
            }
        }
        resourceInputs["appName"] = args.appName ?? "live";
        resourceInputs["endTime"] = args.endTime;
        resourceInputs["ingestDomain"] = args.ingestDomain;
        resourceInputs["playDomain"] = args.playDomain;
        resourceInputs["recording"] = args.recording;
        resourceInputs["region"] = args.region ?? "cn-shanghai";
        resourceInputs["sourceProtocol"] = args.sourceProtocol ?? "rtmp";
        resourceInputs["sourceUrl"] = args.sourceUrl;
        resourceInputs["startTime"] = args.startTime;
        resourceInputs["streamName"] = args.streamName;
        resourceInputs["transcodeTemplateId"] = args.transcodeTemplateId;
        resourceInputs["ingestTaskId"] = undefined /*out*/;
        resourceInputs["ingestUrl"] = undefined /*out*/;
        resourceInputs["outputStreams"] = undefined /*out*/;
        resourceInputs["recordConfigId"] = undefined /*out*/;
        resourceInputs["transcodeJobId"] = undefined /*out*/;
        super(LiveChannel.__pulumiType, name, resourceInputs, opts, true /*remote*/);
    }
}

/** The package's provider, as codegen emits it (only the input this program sets). */
export class Provider extends pulumi.ProviderResource {
    public static readonly __pulumiType = "alicloud-live";

    constructor(name: string, args: { region?: pulumi.Input<string> }, opts?: pulumi.ResourceOptions) {
        super(Provider.__pulumiType, name, { region: args.region }, opts);
    }
}
