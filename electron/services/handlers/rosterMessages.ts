/** The Chinese messages of the roster channels, in one place so they stay consistent. */
import { AppError } from '../../../shared/contract/result';

export function departmentNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `没有找到编号为 ${id} 的部门，请刷新名册后重试。`);
}

export function personNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `没有找到编号为 ${id} 的人员，请刷新名册后重试。`);
}

export function duplicateDepartment(name: string): AppError {
  return new AppError('CONFLICT', `名册中已有部门“${name}”，部门名称不能重复。`);
}

export function duplicatePerson(department: string, name: string): AppError {
  return new AppError('CONFLICT', `${department}已有一位“${name}”，同一部门内姓名不能重复。如确为同名，请在姓名后加以区分。`);
}

export function badOrder(): AppError {
  return new AppError('INVALID_INPUT', '部门顺序应恰好列出名册中的每个部门各一次，请刷新名册后重试。');
}

export function departmentInactive(name: string): AppError {
  return new AppError('CONFLICT', `部门“${name}”已停用，不能向其中添加人员。请先启用该部门。`);
}
