/**
 * Definitions as projects keep them: SAM and CloudFormation templates (JSON or YAML, with short-form tags), CDK's
 * synthesized templates and Terraform template files, resolved to one definition with its substitutions.
 *
 * <p>Internal: not part of Orrery's API. It may change in any release without notice.
 */
@NullMarked
package dev.orrery.internal.template;

import org.jspecify.annotations.NullMarked;
