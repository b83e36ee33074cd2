namespace KhanhHoa.Governance.Primitives;

/// <summary>Whether an <see cref="InputError"/> stops the input or only tells its reader something.</summary>
public enum InputSeverity
{
    /// <summary>The input is rejected: an <see cref="InputResult{T}"/> with an error has no value.</summary>
    Error,

    /// <summary>The input is read; the finding is for the person who checks it (an agency no registry knows, a decision the reader made).</summary>
    Warning,
}
