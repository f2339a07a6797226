using AlicloudLive.Driver.Monitor;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using StatusCode = Grpc.Core.StatusCode;
using StringValue = AlicloudLive.Values.StringValue;

namespace AlicloudLive.Lifecycle.Tests.Components;

/// <summary>
/// The built plugin's Construct, reached as an SDK reaches it: a remote RegisterResource sent to the fake engine's
/// ResourceMonitor, which calls Construct with what source_eval.go passes (inputs, their dependencies, the providers
/// map, the options). What the plugin then registers is read back from the monitor.
/// </summary>
public sealed class ConstructProtocolTests : LifecycleFixture
{
    private const string Component = "alicloud-live:components:LiveChannel";
    private FakeResourceMonitor _monitor = null!;
    private GrpcClient _client = null!;

    [SetUp]
    public async Task StartMonitorAsync()
    {
        _monitor = await FakeResourceMonitor.StartAsync(Plugin);
        _client = new GrpcClient(_monitor.Address);
    }

    [TearDown]
    public async Task StopMonitorAsync()
    {
        if (_monitor.State.Count > 0)
        {
            await _monitor.DestroyAsync();
        }

        _client.Dispose();
        await _monitor.DisposeAsync();
    }

    private ResourceMonitor.ResourceMonitorClient Monitor => new(_client.Invoker);

    [Test]
    public async Task A_preview_with_an_unknown_input_answers_unknown_outputs_and_plans_children_with_unknowns()
    {
        var deployment = _monitor.Begin(dryRun: true);
        var inputs = Inputs().Set("streamName", new UnknownValue()).Set("recording", new UnknownValue());
        var response = await Monitor.RegisterResourceAsync(Remote(inputs));
        await deployment.FinishAsync();

        var state = StructCodec.Decode(response.Object);
        Assert.That(state["ingestUrl"], Is.InstanceOf<UnknownValue>(), "the URL depends on the unknown stream name: no guess");
        Assert.That(state["ingestTaskId"], Is.InstanceOf<UnknownValue>());
        Assert.That(state["recordConfigId"], Is.InstanceOf<UnknownValue>(), "whether it records is not known yet");
        var ingest = deployment.Registered.Single(e => e.Type == "alicloud-live:live:PullToPushTask");
        Assert.That(ingest.Inputs["dstUrl"], Is.InstanceOf<UnknownValue>());
        Assert.That(deployment.Registered.Select(e => e.Type), Has.None.EqualTo("alicloud-live:live:RecordVodConfig"));
    }

    [Test]
    public async Task Secret_inputs_stay_secret_in_the_children_and_in_the_outputs_derived_from_them()
    {
        var deployment = _monitor.Begin(dryRun: false);
        var inputs = Inputs()
            .Set("ingestDomain", new SecretValue(PropertyValue.From("live.example.com")))
            .Set("recording", new SecretValue(new ObjectValue(PropertyMap.Of(("vodTranscodeGroupId", PropertyValue.From("vod-group-default"))))));
        var response = await Monitor.RegisterResourceAsync(Remote(inputs));
        await deployment.FinishAsync();

        var state = StructCodec.Decode(response.Object);
        Assert.That(state["ingestUrl"], Is.EqualTo(new SecretValue(PropertyValue.From("rtmp://live.example.com/live/news"))));
        Assert.That(state["ingestTaskId"], Is.InstanceOf<StringValue>(), "an output the secret did not feed stays plain");
        var ingest = _monitor.State.Single(e => e.Type == "alicloud-live:live:PullToPushTask");
        var recording = _monitor.State.Single(e => e.Type == "alicloud-live:live:RecordVodConfig");
        Assert.That(ingest.Inputs["dstUrl"], Is.InstanceOf<SecretValue>());
        Assert.That(recording.Inputs["domainName"], Is.InstanceOf<SecretValue>());
        Assert.That(recording.Inputs["vodTranscodeGroupId"], Is.InstanceOf<SecretValue>());
        Assert.That(Plugin.StdErr, Does.Not.Contain("vod-group-default").And.Not.Contain("rtmp://live.example.com/live/news"));
    }

    [Test]
    public async Task The_callers_provider_options_and_dependencies_reach_the_children_and_outputs_carry_their_dependencies()
    {
        var deployment = _monitor.Begin(dryRun: false);
        var provider = await Monitor.RegisterResourceAsync(new RegisterResourceRequest
        {
            Type = "pulumi:providers:alicloud-live",
            Name = "explicit",
            Parent = _monitor.StackUrn,
            Custom = true,
            Object = StructCodec.Encode(PropertyMap.Of(("region", PropertyValue.From("cn-shanghai")))),
        });
        var other = await Monitor.RegisterResourceAsync(new RegisterResourceRequest { Type = "example:index:Origin", Name = "origin", Object = new Struct() });
        var request = Remote(Inputs());
        request.Providers["alicloud-live"] = $"{provider.Urn}::{provider.Id}";
        request.Protect = false;
        request.RetainOnDelete = false;
        request.Dependencies.Add(other.Urn);
        request.PropertyDependencies["streamName"] = new RegisterResourceRequest.Types.PropertyDependencies { Urns = { other.Urn } };
        request.CustomTimeouts = new RegisterResourceRequest.Types.CustomTimeouts { Create = "7m", Delete = "3m" };
        request.IgnoreChanges.Add("playDomain");
        var response = await Monitor.RegisterResourceAsync(request);
        await deployment.FinishAsync();

        var component = deployment.Registered.Single(e => e.Type == Component);
        Assert.That(deployment.Requests[component.Urn].IgnoreChanges, Is.EqualTo(new[] { "playDomain" }), "options of the component's own properties stay on it");
        var children = deployment.Registered.Where(e => e.Parent == component.Urn).ToList();
        Assert.That(children, Has.Count.EqualTo(3));
        foreach (var child in children)
        {
            var sent = deployment.Requests[child.Urn];
            Assert.That(sent.Provider, Is.EqualTo($"{provider.Urn}::{provider.Id}"), child.Name);
            Assert.That((sent.HasProtect, sent.Protect, sent.HasRetainOnDelete), Is.EqualTo((true, false, true)), child.Name);
            Assert.That((sent.CustomTimeouts.Create, sent.CustomTimeouts.Delete), Is.EqualTo(("7m", "3m")), child.Name);
            Assert.That(sent.Dependencies, Does.Contain(other.Urn), child.Name);
            Assert.That(sent.IgnoreChanges, Is.Empty, child.Name);
        }

        var ingest = children.Single(c => c.Type == "alicloud-live:live:PullToPushTask");
        var transcode = children.Single(c => c.Type == "alicloud-live:ice:LiveTranscodeJob");
        Assert.That(deployment.Requests[ingest.Urn].PropertyDependencies["dstUrl"].Urns, Is.EqualTo(new[] { other.Urn }), "the stream name came from the origin");
        Assert.That(deployment.Requests[transcode.Urn].Dependencies, Does.Contain(ingest.Urn));
        Assert.That(response.PropertyDependencies["ingestUrl"].Urns, Is.EqualTo(new[] { other.Urn }));
        Assert.That(response.PropertyDependencies["ingestTaskId"].Urns, Is.EqualTo(new[] { ingest.Urn }));
        Assert.That(response.PropertyDependencies["outputStreams"].Urns, Is.EqualTo(new[] { transcode.Urn }));
    }

    [Test]
    public async Task A_targeted_up_that_skips_children_leaves_their_outputs_out_instead_of_answering_unknowns()
    {
        var ingestUrn = _monitor.NewUrn(_monitor.NewUrn(_monitor.StackUrn, Component, "news"), "alicloud-live:live:PullToPushTask", "news-ingest");
        var deployment = _monitor.Begin(dryRun: false, targets: new HashSet<string> { ingestUrn });
        var response = await Monitor.RegisterResourceAsync(Remote(Inputs()));
        await deployment.FinishAsync();

        var state = StructCodec.Decode(response.Object);
        Assert.That(state.GetString("ingestTaskId"), Is.EqualTo(_monitor.State.Single(e => e.Urn == ingestUrn).Id), "the targeted child was created");
        Assert.That(state.GetString("ingestUrl"), Is.EqualTo("rtmp://live.example.com/live/news"));
        Assert.That(state.Keys, Has.None.AnyOf("transcodeJobId", "outputStreams", "recordConfigId"), "skipped children: no unknowns outside a preview");
        Assert.That(response.PropertyDependencies.Keys, Is.EquivalentTo(state.Keys));
        Assert.That(await CloudObjectsAsync("liveTranscodeJobs"), Is.Empty);
    }

    [Test]
    public async Task Missing_required_inputs_fail_the_construct_before_anything_is_registered()
    {
        var deployment = _monitor.Begin(dryRun: false);
        var failure = Assert.ThrowsAsync<RpcException>(async () => await Monitor.RegisterResourceAsync(Remote(Inputs().Remove("sourceUrl").Remove("playDomain"))));
        Assert.That(failure!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(failure.Status.Detail, Does.Contain("sourceUrl is required").And.Contain("playDomain is required"));
        await deployment.FinishAsync();
        Assert.That(deployment.Registered, Is.Empty);
    }

    [TestCase("alicloud-live:components:Nothing", true, "unknown component type 'alicloud-live:components:Nothing'; this provider builds " + Component)]
    [TestCase(Component, false, "monitorEndpoint")]
    public void Construct_without_a_component_it_builds_or_a_monitor_to_build_it_with_is_refused(string type, bool withMonitor, string message)
    {
        var provider = new ResourceProvider.ResourceProviderClient(Plugin.Client.Invoker);
        var request = new ConstructRequest { Type = type, Name = "x", MonitorEndpoint = withMonitor ? _monitor.Address : "", Inputs = StructCodec.Encode(Inputs()) };
        var failure = Assert.ThrowsAsync<RpcException>(async () => await provider.ConstructAsync(request));
        Assert.That(failure!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(failure.Status.Detail, Does.Contain(message));
    }

    [Test]
    public async Task Inputs_that_do_not_decode_are_refused_and_the_plugin_keeps_serving()
    {
        var provider = new ResourceProvider.ResourceProviderClient(Plugin.Client.Invoker);
        var garbage = new Struct { Fields = { ["sourceUrl"] = Value.ForStruct(new Struct { Fields = { ["4dabf18193072939515e22adb298388d"] = Value.ForString("no-such-signature") } }) } };
        var failure = Assert.ThrowsAsync<RpcException>(async () => await provider.ConstructAsync(
            new ConstructRequest { Type = Component, Name = "x", MonitorEndpoint = _monitor.Address, Inputs = garbage }));
        Assert.That(failure!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(failure.Status.Detail, Does.StartWith("inputs: ").And.Contain("unrecognised special-object signature"));

        var deployment = _monitor.Begin(dryRun: true);
        Assert.That(StructCodec.Decode((await Monitor.RegisterResourceAsync(Remote(Inputs()))).Object).GetString("ingestUrl"), Is.EqualTo("rtmp://live.example.com/live/news"));
        await deployment.FinishAsync();
    }

    private RegisterResourceRequest Remote(PropertyMap inputs) => new()
    {
        Type = Component,
        Name = "news",
        Parent = _monitor.StackUrn,
        Remote = true,
        Object = StructCodec.Encode(inputs),
        AcceptSecrets = true,
        AcceptResources = true,
    };

    private static PropertyMap Inputs()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(10);
        return Json.Map($$"""
            {
              "sourceUrl": "rtmp://origin.example.com/live/news",
              "ingestDomain": "live.example.com",
              "playDomain": "play.example.com",
              "streamName": "news",
              "startTime": "{{Utc(start)}}",
              "endTime": "{{Utc(start.AddHours(1))}}",
              "transcodeTemplateId": "ice-tpl-hd",
              "recording": { "vodTranscodeGroupId": "vod-group-default" }
            }
            """);
    }
}
