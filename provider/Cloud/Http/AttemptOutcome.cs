using System.Text.Json;

namespace AlicloudLive.Cloud.Http;

/// <summary>What one HTTP attempt produced: a JSON body, or an error with an optional server wait hint.</summary>
internal sealed record AttemptOutcome(int? HttpStatus, string? RequestId, JsonElement? Body, AlibabaCloudException? Error, TimeSpan? TimeLeft);
