namespace Switchboard.CloudApi.Parameters;

/// <summary>One parameter of a request object (or the element type of an array parameter).</summary>
/// <param name="Name">Wire name; empty for array elements.</param>
/// <param name="Kind">The JSON shape it must have.</param>
/// <param name="Required">True for members declared <c>required</c> in the contract type.</param>
/// <param name="Element">For arrays: what each element must be.</param>
/// <param name="Object">For objects: the nested schema.</param>
public sealed record ParameterField(
    string Name, ParameterKind Kind, bool Required, ParameterField? Element, ParameterSchema? Object);
