#nullable enable

namespace CodeExecGen
{
    /// <summary>
    /// Makes a method of a <c>partial</c> class a Gemini function tool: the generator adds
    /// <c>FunctionTool</c> (the declarations, with a JSON schema derived from the parameters) and
    /// <c>InvokeAsync</c> (runs the method a <c>functionCall</c> names, arguments bound without reflection).
    /// </summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class GeminiFunctionAttribute : global::System.Attribute
    {
        /// <summary>Declares the function; the model chooses functions by their descriptions.</summary>
        public GeminiFunctionAttribute(string description) => Description = description;

        /// <summary>What the function does, for the model.</summary>
        public string Description { get; }

        /// <summary>The function's name for the model; the method's name as written when not set.</summary>
        public string? Name { get; set; }
    }
}
