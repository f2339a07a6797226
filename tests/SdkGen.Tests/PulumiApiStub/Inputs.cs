// COMPILE-ONLY DESCRIPTION of the public Pulumi .NET API (NuGet package "Pulumi" 3.x) that generated SDK code uses.
// The real package cannot be restored here, so SdkGen.Tests compiles generated code against this stub instead.
// Signatures follow pulumi/pulumi-dotnet (sdk/Pulumi); every body throws. Never ship or run this code.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;

namespace Pulumi
{
    public class Input<T>
    {
        private protected Input(Output<T> outputValue) => throw null!;

        public static implicit operator Input<T>(T value) => throw null!;

        public static implicit operator Input<T>(Output<T> value) => throw null!;

        public static implicit operator Output<T>(Input<T> input) => throw null!;
    }

    public static class InputExtensions
    {
        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, TResult> func) => throw null!;

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Task<TResult>> func) => throw null!;

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Input<TResult>?> func) => throw null!;

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Output<TResult>?> func) => throw null!;

        public static Output<T> ToOutput<T>(this Input<T>? input) => throw null!;
    }

    public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable, IAsyncEnumerable<Input<T>>
    {
        public InputList() : base(null!) => throw null!;

        public void Add(params Input<T>[] inputs) => throw null!;

        public void Add(InputList<T> inputs) => throw null!;

        public void AddRange(InputList<T> inputs) => throw null!;

        public InputList<T> Concat(InputList<T> other) => throw null!;

        public static implicit operator InputList<T>(T value) => throw null!;

        public static implicit operator InputList<T>(Output<T> value) => throw null!;

        public static implicit operator InputList<T>(Input<T> value) => throw null!;

        public static implicit operator InputList<T>(T[] values) => throw null!;

        public static implicit operator InputList<T>(Output<T>[] values) => throw null!;

        public static implicit operator InputList<T>(Input<T>[] values) => throw null!;

        public static implicit operator InputList<T>(List<T> values) => throw null!;

        public static implicit operator InputList<T>(List<Output<T>> values) => throw null!;

        public static implicit operator InputList<T>(List<Input<T>> values) => throw null!;

        public static implicit operator InputList<T>(ImmutableArray<T> values) => throw null!;

        public static implicit operator InputList<T>(ImmutableArray<Output<T>> values) => throw null!;

        public static implicit operator InputList<T>(ImmutableArray<Input<T>> values) => throw null!;

        public static implicit operator InputList<T>(Output<T[]> values) => throw null!;

        public static implicit operator InputList<T>(Output<List<T>> values) => throw null!;

        public static implicit operator InputList<T>(Output<IEnumerable<T>> values) => throw null!;

        public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => throw null!;

        IEnumerator IEnumerable.GetEnumerator() => throw null!;

        public IAsyncEnumerator<Input<T>> GetAsyncEnumerator(CancellationToken cancellationToken) => throw null!;
    }

    public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, IEnumerable, IAsyncEnumerable<Input<KeyValuePair<string, V>>>
    {
        public InputMap() : base(null!) => throw null!;

        public void Add(string key, Input<V> value) => throw null!;

        public void AddRange(InputMap<V> values) => throw null!;

        public Input<V> this[string key] { set => throw null!; }

        public static InputMap<V> Merge(InputMap<V> first, InputMap<V> second) => throw null!;

        public static implicit operator InputMap<V>(Dictionary<string, V> values) => throw null!;

        public static implicit operator InputMap<V>(ImmutableDictionary<string, V> values) => throw null!;

        public static implicit operator InputMap<V>(Output<Dictionary<string, V>> values) => throw null!;

        public static implicit operator InputMap<V>(Output<IDictionary<string, V>> values) => throw null!;

        public static implicit operator InputMap<V>(Output<ImmutableDictionary<string, V>> values) => throw null!;

        IEnumerator IEnumerable.GetEnumerator() => throw null!;

        public IAsyncEnumerator<Input<KeyValuePair<string, V>>> GetAsyncEnumerator(CancellationToken cancellationToken) => throw null!;
    }
}
