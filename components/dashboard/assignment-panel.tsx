"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/api/api-client";

interface Person {
  id: string;
  email: string;
  name: string;
  role: string;
}

/** Who reviews this article: remove an assignment, or assign one of the reviewers and editors not yet on it. */
export function AssignmentPanel({ slug, assigned, available }: { slug: string; assigned: Person[]; available: Person[] }) {
  const router = useRouter();
  const [email, setEmail] = useState(available[0]?.email ?? "");
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");

  async function assign(event: React.FormEvent) {
    event.preventDefault();
    setError("");
    setMessage("Assigning…");
    const result = await callApi("assignReviewer", { params: { slug }, body: { email } });
    if (result.ok) {
      setMessage(`${result.data.user.name} is assigned.`);
      router.refresh();
    } else {
      setMessage("");
      setError(result.fieldErrors.email?.join(" ") ?? result.message);
    }
  }

  async function unassign(person: Person) {
    setMessage("Removing…");
    const result = await callApi("unassignReviewer", { params: { slug, userId: person.id } });
    setMessage(result.ok ? `${person.name} is no longer assigned.` : `Couldn't remove: ${result.message}`);
    if (result.ok) router.refresh();
  }

  return (
    <div className="assignment-panel">
      {assigned.length === 0 ? (
        <p className="hint">No reviewer is assigned yet.</p>
      ) : (
        <ul className="assigned-list">
          {assigned.map((person) => (
            <li key={person.id}>
              <span>
                {person.name} <span className="hint">({person.role}, {person.email})</span>
              </span>
              <button type="button" className="button secondary" onClick={() => void unassign(person)}>
                Remove<span className="visually-hidden"> {person.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <form onSubmit={(event) => void assign(event)} className="assign-form">
          <div className="field">
            <label htmlFor="assign-email">Assign a reviewer</label>
            <select id="assign-email" value={email} onChange={(event) => setEmail(event.target.value)} aria-describedby={error ? "assign-error" : undefined}>
              {available.map((person) => (
                <option key={person.id} value={person.email}>
                  {person.name} ({person.role})
                </option>
              ))}
            </select>
            {error && (
              <span id="assign-error" className="field-error">
                {error}
              </span>
            )}
          </div>
          <button type="submit" className="button">
            Assign
          </button>
        </form>
      )}
      <p className="hint" role="status">
        {message}
      </p>
    </div>
  );
}
