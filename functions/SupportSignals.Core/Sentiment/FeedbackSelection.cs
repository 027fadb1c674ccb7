using SupportSignals.Storage;

namespace SupportSignals.Sentiment;

/// <summary>
/// Which stored analyses to read: of one feedback kind, given within [<see cref="From"/>, <see cref="To"/>), only
/// those that mention the service. Each part left null selects everything.
/// </summary>
public sealed record FeedbackSelection(string? Kind = null, DateTimeOffset? From = null, DateTimeOffset? To = null, bool ServiceOnly = false)
{
    public RecordQuery ToQuery()
    {
        var where = new Dictionary<string, object>();
        if (Kind is not null) where["kind"] = Kind;
        if (ServiceOnly) where["mentionsService"] = true;
        return new RecordQuery { Where = where, RangeProperty = "givenAt", RangeFrom = RecordQuery.Instant(From), RangeTo = RecordQuery.Instant(To) };
    }
}
