namespace CodeExecGen.Analyzers.Consultation;

/// <summary>How a method consults a value's guard (its outcome), from least to most.</summary>
internal enum Consulting
{
    /// <summary>The guard is never read for that value.</summary>
    None,

    /// <summary>Read only in ways that cannot tell success from some other value: <c>== Failed</c>, <c>is not null</c>, <c>?? Ok</c>.</summary>
    Lossy,

    /// <summary>
    /// Read in a way that tells success apart: compared with success, switched on with a success case,
    /// <c>IsOk</c>/<c>TryGetOutput</c>, or the outcome's own value passed on.
    /// </summary>
    Complete,
}

/// <summary>What the analyzer concludes about one read of a guarded member.</summary>
internal enum ReadVerdict
{
    /// <summary>Not a use: a presence or size test, a measurement, a write.</summary>
    NotAUse,

    /// <summary>CEG1001: used, and the value's guard is never consulted.</summary>
    Unconsulted,

    /// <summary>CEG1002: used, and the guard is consulted only in ways that cannot tell success apart.</summary>
    Lossy,

    /// <summary>Used, and the guard is consulted; whether the check reaches this use is CEG1004's question.</summary>
    Consulted,
}
