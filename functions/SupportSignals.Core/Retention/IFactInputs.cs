namespace SupportSignals.Retention;

/// <summary>
/// What the summary needs to know about one entity, read from the row its own projection keeps. Reads can be
/// stale when two events of one entity are processed at once, so each field joins in the direction it only ever
/// moves (earliest reply, latest solve, newest rating): joining a stale read into a fresh one changes nothing.
/// </summary>
public interface IFactInputs<T> where T : class, IFactInputs<T>
{
    /// <summary>Which kind of entity: keeps keys of different entities apart in one table.</summary>
    string Group { get; }

    /// <summary>"{source}:{id}": the key every fact of this entity is filed under.</summary>
    string Key { get; }

    T Join(T candidate);

    /// <summary>The facts these inputs yield now, each filed under its own day.</summary>
    IReadOnlyList<DailyFact> Facts();
}
