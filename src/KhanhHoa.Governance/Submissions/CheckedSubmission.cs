using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Submissions;

/// <summary>A submission accepted at the door, with its figures read as numbers and the findings of its data set's non-blocking rules.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CheckedSubmission
{
    internal CheckedSubmission(Submission submission, DataSet dataSet, IReadOnlyDictionary<string, PrintedNumber> numbers, IReadOnlyList<RuleResult> findings)
    {
        Submission = submission;
        DataSet = dataSet;
        Numbers = numbers;
        Findings = findings;
    }

    /// <summary>The submission as sent.</summary>
    public Submission Submission { get; }

    /// <summary>Its data set.</summary>
    public DataSet DataSet { get; }

    /// <summary>
    /// The numeric figures by element code, each with the decimals the unit wrote (so a stated rate is checked within half
    /// a unit of its last digit, as in a printed report).
    /// </summary>
    public IReadOnlyDictionary<string, PrintedNumber> Numbers { get; }

    /// <summary>The violated non-blocking rules: accepted, listed for the recipient to query.</summary>
    public IReadOnlyList<RuleResult> Findings { get; }
}
