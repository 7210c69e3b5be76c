namespace Switchboard.CloudApi.Parameters;

/// <summary>The JSON shape a request parameter must have.</summary>
public enum ParameterKind
{
    Integer,
    Float,
    Boolean,
    String,
    Array,
    Object,
    /// <summary>Any JSON value (for free-form fields); nothing is checked.</summary>
    Any,
}
