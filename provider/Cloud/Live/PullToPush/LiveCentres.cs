namespace AlicloudLive.Cloud.Live;

/// <summary>
/// The live centres that run pull-to-push tasks (the Region parameter of every pull-to-push operation): the five the
/// newest CreateLivePullToPush pages (2026-03) list. The Describe, List and Stop pages still list four, without
/// cn-shenzhen; a task there is read with what the user chose, and the cloud answers.
/// </summary>
public static class LiveCentres
{
    public static readonly IReadOnlyList<string> All = ["ap-southeast-1", "ap-southeast-5", "cn-beijing", "cn-shanghai", "cn-shenzhen"];

    /// <summary>
    /// The region itself when it is a live centre, else the nearest one: north China to cn-beijing, south China and
    /// Hong Kong to cn-shenzhen, the rest of China to cn-shanghai, everywhere else to ap-southeast-1 (Singapore, the
    /// international centre).
    /// </summary>
    public static string Nearest(string region) => region switch
    {
        _ when All.Contains(region) => region,
        "cn-qingdao" or "cn-zhangjiakou" or "cn-huhehaote" or "cn-wulanchabu" => "cn-beijing",
        "cn-guangzhou" or "cn-heyuan" or "cn-hongkong" => "cn-shenzhen",
        _ when region.StartsWith("cn-", StringComparison.Ordinal) => "cn-shanghai",
        _ => "ap-southeast-1",
    };
}
