"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem", textAlign: "center" }}>
        <h1>Something went wrong</h1>
        <p>Trialboard could not show this page.{error.digest ? ` Reference: ${error.digest}` : ""}</p>
      </body>
    </html>
  );
}
