using SupportSignals.Customers;

namespace SupportSignals.Retention;

/// <summary>The segments a figure is broken down by: every account is in "all", and in its plan and region when it has them.</summary>
public static class Segments
{
    public const string All = "all";

    public static IEnumerable<string> Of(AccountState? account) => Of(account?.Plan, account?.Region);

    public static IEnumerable<string> Of(string? plan, string? region)
    {
        yield return All;
        if (plan is { Length: > 0 }) yield return "plan:" + plan;
        if (region is { Length: > 0 }) yield return "region:" + region;
    }
}
